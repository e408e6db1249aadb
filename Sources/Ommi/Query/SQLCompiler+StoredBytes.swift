/// Statements that read values as stored bytes, for exports that must copy every byte and hold
/// no value whole.
extension SQLCompiler {
    /// The rows `query` selects, with each text or BLOB column read as four items (kind, byte
    /// count, the value when it is neither, the bytes when at most `inlineLimit` long, or always
    /// when `inlineLimit` is nil), then the query's effective order columns. With `byRowID`, the
    /// count and the bytes are left NULL for the driver to read by the rowid that ends the row
    /// (``Driver/storedHeads(table:column:rowIDs:count:)``): SQL reaches a text's byte count only
    /// by loading the text.
    func selectStored(_ query: SelectQuery, inlineLimit: Int?, byRowID: Bool = false) throws -> SQLStatement {
        let builder = SQLBuilder(dialect: dialect)
        let table = dialect.quoteTable(query.schema.tableName)
        var items: [String] = []
        for column in query.schema.selectedColumns {
            let rendered = "\(table).\(dialect.quote(column))"
            guard let stored = storedBytes(of: column, rendered: rendered, in: query.schema) else {
                items.append(rendered)
                continue
            }
            let plain = "CASE WHEN \(stored.kind) IS NULL THEN \(rendered) END"
            if byRowID {
                items += [stored.kind, "NULL", plain, "NULL"]
                continue
            }
            let bytes = inlineLimit.map { "CASE WHEN \(stored.count) <= \($0) THEN \(stored.bytes) END" }
            items += [stored.kind, stored.count, plain, bytes ?? stored.bytes]
        }
        for key in query.effectiveOrder {
            guard key.column.table == query.schema.tableName else {
                throw OmmiError(
                    .invalidQuery,
                    "an export of \(query.schema.name) cannot be ordered by \(key.column.table).\(key.column.column)")
            }
            items.append("\(table).\(dialect.quote(key.column.column))")
        }
        if byRowID { items.append("\(table).rowid") }
        builder.append("SELECT " + items.joined(separator: ", ") + " FROM \(table)")
        try appendFiltering(query, to: builder, ordered: true)
        return builder.statement
    }

    /// Up to `count` bytes of the text or BLOB in `column` of the rows `query` selects, from byte
    /// `offset` (counted from 0).
    func storedBytesWindow(_ query: SelectQuery, column: String, offset: Int, count: Int) throws -> SQLStatement {
        let table = dialect.quoteTable(query.schema.tableName)
        guard let stored = storedBytes(of: column, rendered: "\(table).\(dialect.quote(column))", in: query.schema)
        else {
            throw OmmiError(.schema, "\(query.schema.name).\(column) holds no text or bytes to read in windows")
        }
        let builder = SQLBuilder(dialect: dialect)
        builder.append("SELECT substr(\(stored.bytes), CAST(")
        builder.bind(.integer(Int64(offset + 1)))
        builder.append(" AS INTEGER), CAST(")
        builder.bind(.integer(Int64(count)))
        builder.append(" AS INTEGER)) FROM \(table)")
        try appendFiltering(query, to: builder, ordered: false)
        return builder.statement
    }

    /// The rowid of the rows `query` selects, for drivers that read a value by it
    /// (``Driver/storedBytes(table:column:rowID:offset:count:)``).
    func selectRowID(_ query: SelectQuery) throws -> SQLStatement {
        let builder = SQLBuilder(dialect: dialect)
        builder.append("SELECT rowid FROM \(dialect.quoteTable(query.schema.tableName))")
        try appendFiltering(query, to: builder, ordered: false)
        return builder.statement
    }

    /// The dialect's stored-bytes reading of a field (never of `rowid`, an integer).
    func storedBytes(of column: String, rendered: String, in schema: ModelSchema) -> StoredBytesExpression? {
        guard let index = schema.fieldIndex(ofColumn: column) else { return nil }
        return dialect.storedBytes(of: rendered, field: schema.fields[index])
    }
}
