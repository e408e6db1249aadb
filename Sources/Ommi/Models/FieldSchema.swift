/// One stored column of a model.
public struct FieldSchema: Sendable, Hashable {
    /// The Swift property name (for reflected models, the column name).
    public var name: String
    /// The column name in the table.
    public var column: String
    /// The column type the table is created with.
    public var type: ColumnType
    /// The type text a reflected table declares (`VARCHAR(40)`, `NUMERIC`), or the SQL name of ``type``.
    public var declaredType: String
    /// Whether the column accepts NULL.
    public var isNullable: Bool
    /// Whether the column is part of the primary key.
    public var isKey: Bool
    /// Whether the database assigns the value on insert (`@Auto`).
    public var isAuto: Bool
    /// The column this one references (`@ReferenceTo`), if any.
    public var reference: ColumnReference?
    /// Whether no two rows may hold the same value (`@Unique`): a `UNIQUE` constraint of its own.
    public var isUnique: Bool
    /// Whether the column has an index of its own for lookups by it (`@Indexed`).
    public var isIndexed: Bool
    /// The default value a reflected column declares, as SQL text.
    public var defaultSQL: String?

    /// A field with every property stated; `@Model` and reflection build them.
    public init(
        name: String, column: String? = nil, type: ColumnType, declaredType: String? = nil, isNullable: Bool,
        isKey: Bool = false, isAuto: Bool = false, reference: ColumnReference? = nil, defaultSQL: String? = nil,
        isUnique: Bool = false, isIndexed: Bool = false
    ) {
        self.name = name
        self.column = column ?? name
        self.type = type
        self.declaredType = declaredType ?? type.rawValue
        self.isNullable = isNullable
        self.isKey = isKey
        self.isAuto = isAuto
        self.reference = reference
        self.defaultSQL = defaultSQL
        self.isUnique = isUnique
        self.isIndexed = isIndexed
    }

    /// The schema of a typed property, as `@Model` writes it. `defaultValue` is the property's
    /// initial value, the column's default, which rows get when setup adds the column to a table
    /// that holds some (an initial value computed at run time, such as `Date()`, counts as the
    /// value it had when the schema was first read; a `Data` value sets no default).
    public init<Value: DatabaseValueConvertible>(
        name: String, column: String? = nil, valueType: Value.Type, isKey: Bool = false, isAuto: Bool = false,
        reference: ColumnReference? = nil, defaultValue: Value? = nil, isUnique: Bool = false, isIndexed: Bool = false
    ) {
        self.init(
            name: name, column: column, type: Value.columnType, declaredType: Value.declaredTypeName,
            isNullable: Value.isNullable, isKey: isKey, isAuto: isAuto, reference: reference,
            defaultSQL: defaultValue.flatMap { $0.databaseValue.defaultLiteral(declaredType: Value.declaredTypeName) },
            isUnique: isUnique, isIndexed: isIndexed)
    }
}

/// A column of another (or the same) table that a field refers to.
public struct ColumnReference: Sendable, Hashable {
    /// The referenced table.
    public var table: String
    /// The referenced column.
    public var column: String

    /// A reference to `column` of `table`.
    public init(table: String, column: String) {
        self.table = table
        self.column = column
    }
}
