import Foundation

/// Reading rows for exports: every byte as stored (a text that is not valid UTF-8 included) and
/// no long value held whole.
extension DynamicModel {
    /// The rows `query` selects, with text and BLOB values as bytes: those of at most
    /// `inlineLimit` bytes come with the row, longer ones are read with
    /// ``storedBytes(ofColumn:in:query:from:count:)``. A model without a key (a view) has no way to
    /// select a row again, so its values always come whole.
    public func storedRows(_ query: SelectQuery, inlineLimit: Int) async throws -> [StoredRow] {
        let stored = try await storedStatement(query, inlineLimit: inlineLimit)
        var rows: [(StoredRow, Int64?)] = []
        try await database.driver.query(stored.statement) { row in
            rows.append(
                try Self.storedRow(row.values, readsBytes: stored.readsBytes, byRowID: stored.byRowID, in: schema))
        }
        return try await withHeads(rows, stored, inlineLimit: inlineLimit)
    }

    /// The rows of ``storedRows(_:inlineLimit:)`` through one statement read a batch at a time:
    /// the database sorts once, where paging by keyset would sort again for every page of an
    /// order no index serves. `next` hands out up to `limit` rows, none once all are read.
    public func storedRowBatches(_ query: SelectQuery, inlineLimit: Int) async throws
        -> @Sendable (_ limit: Int) async throws -> [StoredRow]
    {
        let stored = try await storedStatement(query, inlineLimit: inlineLimit)
        let cursor = try await database.driver.cursor(stored.statement)
        let schema = query.schema
        return { limit in
            var rows: [(StoredRow, Int64?)] = []
            _ = try await cursor.next(limit) { row in
                rows.append(
                    try Self.storedRow(row.values, readsBytes: stored.readsBytes, byRowID: stored.byRowID, in: schema))
            }
            return try await withHeads(rows, stored, inlineLimit: inlineLimit)
        }
    }

    /// The statement of a stored read, which columns it reads as bytes, and whether the driver
    /// reads their counts and short values by rowid (``Driver/storedHeads(table:column:rowIDs:count:)``).
    private struct StoredStatement: Sendable {
        var statement: SQLStatement
        var readsBytes: [Bool]
        var byRowID: Bool
    }

    /// The statement of a stored read, per selected column whether it is read as bytes.
    private func storedStatement(_ query: SelectQuery, inlineLimit: Int) async throws -> StoredStatement {
        let compiler = database.compiler
        let keyed = !schema.keyColumns.isEmpty
        let byRowID = keyed ? await database.driver.readsStoredHeads(of: schema.tableName) : false
        let statement = try compiler.selectStored(query, inlineLimit: keyed ? inlineLimit : nil, byRowID: byRowID)
        let readsBytes = query.schema.selectedColumns.map { column in
            compiler.storedBytes(of: column, rendered: column, in: query.schema) != nil
        }
        return StoredStatement(statement: statement, readsBytes: readsBytes, byRowID: byRowID)
    }

    /// `rows` with the counts of their texts and BLOBs, and the bytes of those of at most
    /// `inlineLimit` bytes, read by rowid when the statement left them to the driver.
    private func withHeads(_ rows: [(StoredRow, Int64?)], _ stored: StoredStatement, inlineLimit: Int) async throws
        -> [StoredRow]
    {
        var filled = rows.map(\.0)
        guard stored.byRowID else { return filled }
        for (position, column) in schema.selectedColumns.enumerated() where stored.readsBytes[position] {
            let reads = filled.indices.filter { if case .bytes = filled[$0].values[position] { true } else { false } }
            guard !reads.isEmpty else { continue }
            let rowIDs = try reads.map { index in
                guard let rowID = rows[index].1 else {
                    throw OmmiError(.driver, "an export read a row of \(schema.name) without its rowid")
                }
                return rowID
            }
            let heads = try await database.driver.storedHeads(
                table: schema.tableName, column: column, rowIDs: rowIDs, count: inlineLimit)
            for (index, head) in zip(reads, heads) {
                guard case .bytes(var bytes) = filled[index].values[position], let head else {
                    throw OmmiError(.driver, "a row of \(schema.name) changed while it was read; read it again")
                }
                bytes.count = head.count
                bytes.inline = head.count <= inlineLimit ? head.bytes : nil
                filled[index].values[position] = .bytes(bytes)
            }
        }
        return filled
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

    /// A row of ``SQLCompiler/selectStored(_:inlineLimit:byRowID:)``'s statement, its items taken
    /// apart, with its rowid when `byRowID` (the count and bytes of its texts and BLOBs are then
    /// still to be read).
    private static func storedRow(
        _ items: [DatabaseValue], readsBytes: [Bool], byRowID: Bool, in schema: ModelSchema
    ) throws -> (StoredRow, Int64?) {
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
                guard let kind = StoredBytes.Kind(rawValue: name) else {
                    throw OmmiError(.driver, "an export read an unexpected kind of value from \(schema.name)")
                }
                if byRowID {
                    values.append(.bytes(StoredBytes(kind: kind, count: 0, inline: nil)))
                    continue
                }
                guard case .integer(let count) = count else {
                    throw OmmiError(.driver, "an export read an unexpected kind of value from \(schema.name)")
                }
                var inline: Data?
                if case .blob(let data) = bytes { inline = data }
                values.append(.bytes(StoredBytes(kind: kind, count: Int(count), inline: count == 0 ? Data() : inline)))
            default:
                values.append(stored(plain))
            }
        }
        var rest = Array(items[position...])
        var rowID: Int64?
        if byRowID, case .integer(let number)? = rest.popLast() { rowID = number }
        return (StoredRow(values: values, orderValues: rest), rowID)
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
