import Foundation

/// Reading rows for exports: every byte as stored (a text that is not valid UTF-8 included) and
/// no long value held whole.
extension DynamicModel {
    /// The rows `query` selects, with text and BLOB values as bytes: those of at most
    /// `inlineLimit` bytes come with the row, longer ones are read with
    /// ``storedBytes(ofColumn:in:query:from:count:)``. A model without a key (a view) has no way to
    /// select a row again, so its values always come whole.
    public func storedRows(_ query: SelectQuery, inlineLimit: Int) async throws -> [StoredRow] {
        let (statement, readsBytes) = try storedStatement(query, inlineLimit: inlineLimit)
        var rows: [StoredRow] = []
        try await database.driver.query(statement) { row in
            rows.append(try Self.storedRow(row.values, readsBytes: readsBytes, in: query.schema))
        }
        return rows
    }

    /// The rows of ``storedRows(_:inlineLimit:)`` through one statement read a batch at a time:
    /// the database sorts once, where paging by keyset would sort again for every page of an
    /// order no index serves. `next` hands out up to `limit` rows, none once all are read.
    public func storedRowBatches(_ query: SelectQuery, inlineLimit: Int) async throws
        -> @Sendable (_ limit: Int) async throws -> [StoredRow]
    {
        let (statement, readsBytes) = try storedStatement(query, inlineLimit: inlineLimit)
        let cursor = try await database.driver.cursor(statement)
        let schema = query.schema
        return { limit in
            var rows: [StoredRow] = []
            _ = try await cursor.next(limit) { row in
                rows.append(try Self.storedRow(row.values, readsBytes: readsBytes, in: schema))
            }
            return rows
        }
    }

    /// The statement of a stored read and, per selected column, whether it is read as bytes.
    private func storedStatement(_ query: SelectQuery, inlineLimit: Int) throws -> (SQLStatement, [Bool]) {
        let compiler = database.compiler
        let statement = try compiler.selectStored(query, inlineLimit: schema.keyColumns.isEmpty ? nil : inlineLimit)
        let readsBytes = query.schema.selectedColumns.map { column in
            compiler.storedBytes(of: column, rendered: column, in: query.schema) != nil
        }
        return (statement, readsBytes)
    }

    /// Up to `count` bytes of the text or BLOB in `column` of `row` (read by `query`), from byte
    /// `offset` (counted from 0); fewer at the end of the value.
    public func storedBytes(
        ofColumn column: String, in row: StoredRow, query: SelectQuery, from offset: Int, count: Int
    )
        async throws -> Data
    {
        let order = query.effectiveOrder
        let terms = try schema.keyColumns.map { key in
            guard let index = order.firstIndex(where: { $0.column.column == key }), index < row.orderValues.count else {
                throw OmmiError(.invalidQuery, "\(schema.name) has no key to read \(column) of one row by")
            }
            return Condition.compare(.column(self.column(key)), .equal, .value(row.orderValues[index]))
        }
        guard !terms.isEmpty else {
            throw OmmiError(.invalidQuery, "\(schema.name) has no key to read \(column) of one row by")
        }
        let selection = self.query(where: terms.count == 1 ? terms[0] : .and(terms))
        if let bytes = try await database.driver.storedBytes(
            table: schema.tableName, column: column, rowID: try database.compiler.selectRowID(selection),
            offset: offset,
            count: count)
        {
            return bytes
        }
        var bytes = Data()
        try await database.driver.query(
            try database.compiler.storedBytesWindow(selection, column: column, offset: offset, count: count)
        ) { result in
            if case .blob(let window) = result.values.first { bytes = window }
        }
        return bytes
    }

    /// A row of ``SQLCompiler/selectStored(_:inlineLimit:)``'s statement, its items taken apart.
    private static func storedRow(_ items: [DatabaseValue], readsBytes: [Bool], in schema: ModelSchema) throws
        -> StoredRow
    {
        var values: [StoredValue] = []
        var position = 0
        for reads in readsBytes {
            guard reads else {
                values.append(stored(items[position]))
                position += 1
                continue
            }
            let (kind, count, plain, bytes) = (
                items[position], items[position + 1], items[position + 2], items[position + 3]
            )
            position += 4
            switch kind {
            case .text(let name):
                guard let kind = StoredBytes.Kind(rawValue: name), case .integer(let count) = count else {
                    throw OmmiError(.driver, "an export read an unexpected kind of value from \(schema.name)")
                }
                var inline: Data?
                if case .blob(let data) = bytes { inline = data }
                values.append(.bytes(StoredBytes(kind: kind, count: Int(count), inline: count == 0 ? Data() : inline)))
            default:
                values.append(stored(plain))
            }
        }
        return StoredRow(values: values, orderValues: Array(items[position...]))
    }

    /// A value read as the driver reads it: text and BLOBs of columns no bytes are read for.
    private static func stored(_ value: DatabaseValue) -> StoredValue {
        switch value {
        case .null: .null
        case .integer(let number): .integer(number)
        case .real(let number): .real(number)
        case .text(let text): .bytes(StoredBytes(kind: .text, count: text.utf8.count, inline: Data(text.utf8)))
        case .blob(let data): .bytes(StoredBytes(kind: .blob, count: data.count, inline: data))
        }
    }
}
