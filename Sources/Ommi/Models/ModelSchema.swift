/// Everything the core knows of a model: its table, columns, key, references and relations.
///
/// Typed models get theirs from `@Model`; reflected models from the database. Both go through
/// the same query compiler and drivers.
public struct ModelSchema: Sendable {
    /// The model's name (the Swift type, or the table for reflected models).
    public var name: String
    /// The table the model's rows are stored in (qualified with its schema when it has one).
    public var tableName: String
    /// The stored columns, in the order models encode and decode them.
    public var fields: [FieldSchema]
    /// The foreign keys the table declares, single and composite.
    public var foreignKeys: [ForeignKey]
    /// The model's relations, by name.
    public var relations: [RelationSchema]
    /// Views and other sources that cannot be written to.
    public var isReadOnly: Bool
    /// Whether rows are addressed by SQLite's implicit rowid because the table declares no key.
    public var usesRowID: Bool
    /// The unique constraints over several columns (`@Model(unique: [["title", "authorID"]])`), each
    /// a list of column names; single-column ones are marked on their field (``FieldSchema/isUnique``).
    public var uniqueConstraints: [[String]]
    /// The column whose value names a row where a person reads it (a title, a name), as
    /// `@Model(label:)` declares it; nil leaves the choice to whoever shows the row.
    public var labelColumn: String?

    /// A schema with every part stated; `@Model` and reflection build them.
    public init(
        name: String, tableName: String? = nil, fields: [FieldSchema], foreignKeys: [ForeignKey]? = nil,
        relations: [RelationSchema] = [], isReadOnly: Bool = false, usesRowID: Bool = false,
        uniqueConstraints: [[String]] = [], labelColumn: String? = nil
    ) {
        self.name = name
        self.tableName = tableName ?? name
        self.fields = fields
        self.foreignKeys = foreignKeys ?? ForeignKey.grouping(fields)
        self.relations = relations
        self.isReadOnly = isReadOnly
        self.usesRowID = usesRowID
        self.uniqueConstraints = uniqueConstraints
        self.labelColumn = labelColumn
    }

    /// The key fields, in declaration order.
    public var keyFields: [FieldSchema] { fields.filter(\.isKey) }

    /// The columns that identify a row: the key, or `rowid` for tables without one.
    public var keyColumns: [String] {
        usesRowID ? ["rowid"] : keyFields.map(\.column)
    }

    /// Every set of columns whose values no two rows share besides the key: each `@Unique` field,
    /// in field order, then each composite constraint, in declaration order.
    public var uniqueColumnSets: [[String]] {
        fields.filter(\.isUnique).map { [$0.column] } + uniqueConstraints
    }

    /// The columns a select returns: the fields, then `rowid` for tables addressed by it.
    public var selectedColumns: [String] {
        fields.map(\.column) + (usesRowID ? ["rowid"] : [])
    }

    /// The index of a column among ``fields``.
    public func fieldIndex(ofColumn column: String) -> Int? {
        fields.firstIndex { $0.column == column }
    }

    /// The field for a property or column name.
    public func field(named name: String) -> FieldSchema? {
        fields.first { $0.name == name } ?? fields.first { $0.column == name }
    }

    /// The relation with the given name.
    public func relation(named name: String) -> RelationSchema? {
        relations.first { $0.name == name }
    }
}
