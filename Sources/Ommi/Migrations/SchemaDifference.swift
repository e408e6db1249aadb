/// One way a table of the database differs from the model declared for it, with what to do about
/// it (see ``ModelCollection/differences(on:)``).
///
/// Safe differences are the ones ``ModelCollection/setup(on:)`` settles by itself, because they
/// only add: a missing table, a missing column that existing rows can do without, a missing
/// index, a missing unique constraint the rows already satisfy. The others need intent (a rename,
/// a conversion, a new key, removing duplicates) and are left to a ``Migrator``.
///
/// Indexes and unique constraints the database has and the model does not declare are no
/// difference: an application or a migration may add its own, and Ommi indexes references too.
public struct SchemaDifference: Sendable, Hashable, CustomStringConvertible {
    /// What differs: a table, a column, a key, a reference, an index or a unique constraint.
    public enum Kind: Sendable, Hashable {
        /// The model's table does not exist.
        case missingTable
        /// A column of the model is not in the table, and the rows the table holds can take it:
        /// it is optional, has a default, or the table is empty. It is added with its reference.
        case missingColumn(FieldSchema)
        /// A NOT NULL column without a default is not in a table that holds rows, which would
        /// have no value for it.
        case requiredColumnOnTableWithRows(FieldSchema)
        /// A column of the table is not in the model: removed from it, or renamed.
        case columnNotInModel(column: String)
        /// The column's declared type is of another family than the type the model's field is
        /// created with (both as the database spells them).
        case changedType(FieldSchema, databaseType: String, modelType: String)
        /// The column accepts NULL in one and not in the other.
        case changedNullability(FieldSchema, nullableInDatabase: Bool)
        /// The columns of the primary key differ.
        case changedKey(database: [String], model: [String])
        /// A reference the model declares between columns the table already has (or several at
        /// once) is not a foreign key of the table.
        case missingReference(ForeignKey)
        /// A foreign key of the table is not a reference of the model.
        case referenceNotInModel(ForeignKey)
        /// An `@Indexed` column of the model has no index in the database. Setup creates it with
        /// `CREATE INDEX IF NOT EXISTS`, with any missing index of the model's references.
        case missingIndex(columns: [String])
        /// A unique constraint of the model (`@Unique`, `@Model(unique:)`) is not in the database,
        /// and no two rows share values for its columns. Setup adds it, named
        /// `<table>_<columns>_unique`: a constraint on PostgreSQL, a unique index on SQLite.
        case missingUnique(columns: [String])
        /// A unique constraint of the model is not in the database, and `duplicatedValues`
        /// distinct values (or combinations) of its columns appear in more than one row.
        case uniqueOverDuplicates(columns: [String], duplicatedValues: Int)
    }

    /// The table, as the database names it.
    public let table: String
    /// What differs, with the model's field or key it concerns.
    public let kind: Kind

    /// A difference of `table`, as ``ModelCollection/differences(on:)`` finds them.
    public init(table: String, kind: Kind) {
        self.table = table
        self.kind = kind
    }

    /// Whether ``ModelCollection/setup(on:)`` makes the change by itself.
    public var isSafe: Bool {
        switch kind {
        case .missingTable, .missingColumn, .missingIndex, .missingUnique: true
        default: false
        }
    }

    /// One line: where, what differs, and what to do.
    public var description: String {
        let table = TableName.display(table)
        switch kind {
        case .missingTable:
            return "\(table): not in the database: setup creates it"
        case .missingColumn(let field):
            let reference = field.reference.map { " with its reference to \(TableName.display($0.table)).\($0.column)" }
            return "\(table).\(field.column): not in the database: setup adds it\(reference ?? "")"
        case .requiredColumnOnTableWithRows(let field):
            return "\(table).\(field.column): not in the database, NOT NULL without a default, and the table has rows: "
                + "give it a default or make it optional, or add it with a migration"
        case .columnNotInModel(let column):
            return
                "\(table).\(column): in the database, not in the model: rename it with a migration, or keep it with @StoreAs"
        case .changedType(let field, let databaseType, let modelType):
            let stored = databaseType.isEmpty ? "no type" : databaseType
            let declared = modelType.isEmpty ? "no type" : modelType
            return "\(table).\(field.column): \(stored) in the database, \(declared) in the model: "
                + "change its type with a migration"
        case .changedNullability(let field, let nullableInDatabase):
            let sides =
                nullableInDatabase
                ? "optional in the database, required in the model" : "required in the database, optional in the model"
            return "\(table).\(field.column): \(sides): change it with a migration"
        case .changedKey(let database, let model):
            return
                "\(table): key (\(database.joined(separator: ", "))) in the database, (\(model.joined(separator: ", "))) "
                + "in the model: change the key with a migration"
        case .missingReference(let key):
            return "\(table).\(key.columns.joined(separator: ", ")): references \(Self.target(of: key)) in the model, "
                + "not in the database: add the reference with a migration"
        case .referenceNotInModel(let key):
            return
                "\(table).\(key.columns.joined(separator: ", ")): references \(Self.target(of: key)) in the database, "
                + "not in the model: declare it with @ReferenceTo, or drop it with a migration"
        case .missingIndex(let columns):
            return
                "\(table).\(columns.joined(separator: ", ")): indexed in the model, not in the database: setup creates the index"
        case .missingUnique(let columns):
            return
                "\(table).\(columns.joined(separator: ", ")): unique in the model, not in the database: setup adds the constraint"
        case .uniqueOverDuplicates(let columns, let count):
            let values = count == 1 ? "1 value appears" : "\(count) values appear"
            return
                "\(table).\(columns.joined(separator: ", ")): unique in the model, but \(values) more than once in the database: "
                + "remove the duplicates, or add the constraint with a migration"
        }
    }

    private static func target(of key: ForeignKey) -> String {
        "\(TableName.display(key.targetTable)).\(key.targetColumns.joined(separator: ", "))"
    }
}
