/// The AST of a read: which model, which rows, in which order, which window.
///
/// Typed queries and the browser both build one and hand it to the driver; the SQL it becomes
/// depends only on its shape, so drivers can reuse prepared statements.
public struct SelectQuery: Sendable {
    public var schema: ModelSchema
    public var condition: Condition?
    public var order: [SortKey]
    public var limit: Int?
    public var offset: Int?
    /// Keyset paging: the values of ``effectiveOrder`` in the last row already seen.
    public var after: [DatabaseValue]?
    /// The schemas that conditions on other models may join through.
    public var catalog: SchemaCatalog
    /// Reads each BLOB field as its length in bytes (an integer; NULL stays NULL) instead of its
    /// bytes: a screen of many rows shows their sizes, and reading a page of large values costs
    /// no more than the sizes.
    public var blobLengths = false

    public init(
        schema: ModelSchema, condition: Condition? = nil, order: [SortKey] = [], limit: Int? = nil, offset: Int? = nil,
        after: [DatabaseValue]? = nil, catalog: SchemaCatalog? = nil
    ) {
        self.schema = schema
        self.condition = condition
        self.order = order
        self.limit = limit
        self.offset = offset
        self.after = after
        self.catalog = catalog ?? SchemaCatalog([schema])
    }

    /// The order actually used: the requested keys, then the key columns not among them, so that
    /// every row has one place and keyset paging never skips or repeats a row.
    public var effectiveOrder: [SortKey] {
        var keys = order
        for column in schema.keyColumns
        where !keys.contains(where: { $0.column.table == schema.tableName && $0.column.column == column }) {
            keys.append(SortKey(ColumnRef(table: schema.tableName, column: column)))
        }
        return keys
    }
}
