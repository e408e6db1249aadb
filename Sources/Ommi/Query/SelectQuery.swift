/// The AST of a read: which model, which rows, in which order, which window.
///
/// Typed queries and the browser both build one and hand it to the driver; the SQL it becomes
/// depends only on its shape, so drivers can reuse prepared statements.
public struct SelectQuery: Sendable {
    /// The model selected.
    public var schema: ModelSchema
    /// Which rows; all when nil.
    public var condition: Condition?
    /// The explicit order; the key columns complete it (see ``effectiveOrder``).
    public var order: [SortKey]
    /// At most this many rows.
    public var limit: Int?
    /// Rows skipped before the first returned.
    public var offset: Int?
    /// Keyset paging: the values of ``effectiveOrder`` in the last row already seen.
    public var after: [DatabaseValue]?
    /// The schemas that conditions on other models may join through.
    public var catalog: SchemaCatalog
    /// Reads each BLOB field as its length in bytes (an integer; NULL stays NULL) instead of its
    /// bytes: a screen of many rows shows their sizes, and reading a page of large values costs
    /// no more than the sizes.
    public var blobLengths = false
    /// Reads each text of a TEXT or untyped field outside the key and the order as at most
    /// `textPrefix + 1` characters: a screen of rows shows only the start of a long text, and a
    /// text read with more characters than `textPrefix` was cut (see ``cutsText(of:)``). The key
    /// and the order are read whole, since paging goes on from their values.
    public var textPrefix: Int?

    /// A select of `schema`'s rows; `catalog` holds the models the condition and order reach.
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

extension SelectQuery {
    /// Whether ``textPrefix`` cuts the texts of `column`: a field of type TEXT or none, neither
    /// part of the key nor of the order.
    public func cutsText(of column: String) -> Bool {
        guard textPrefix != nil, let field = schema.fields.first(where: { $0.column == column }), !field.isKey,
            field.type == .text || field.type == .any
        else { return false }
        return !effectiveOrder.contains { $0.column.table == schema.tableName && $0.column.column == column }
    }

    /// Whether `column` can never hold NULL: a NOT NULL column other than a key, `rowid`, or a
    /// single `INTEGER` key (SQLite's rowid itself, NOT NULL elsewhere). Other keys are left out,
    /// since SQLite lets a key of a table with a rowid hold NULL unless it is declared NOT NULL,
    /// which reflection does not tell apart.
    func neverNull(_ column: ColumnRef) -> Bool {
        let owner = column.table == schema.tableName ? schema : try? catalog.schema(table: column.table)
        guard let owner else { return false }
        if column.column == "rowid" && owner.usesRowID { return true }
        guard let field = owner.fields.first(where: { $0.column == column.column }), !field.isNullable else {
            return false
        }
        if !field.isKey { return true }
        return owner.keyFields.count == 1 && field.declaredType.uppercased() == "INTEGER"
    }
}
