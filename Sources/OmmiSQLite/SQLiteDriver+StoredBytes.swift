import CSQLite
import Foundation
import Ommi

extension SQLiteDriver {
    /// Reads the window through SQLite's incremental BLOB I/O, which reads only the pages the
    /// window spans, where `substr()` would load the whole value for every window. Text is read
    /// as its stored bytes. A table without rowids, or a value that is neither text nor a BLOB,
    /// gives nil.
    public func storedBytes(table: String, column: String, rowID: SQLStatement, offset: Int, count: Int) async throws
        -> Data?
    {
        tracer(rowID.sql)
        return try await withConnection { connection in
            guard let prepared = try? connection.prepared(rowID.sql) else { return nil }
            try connection.bind(rowID.arguments, to: prepared, sql: rowID.sql)
            var found: Int64?
            try connection.run(prepared, sql: rowID.sql) { row in
                if case .integer(let number) = row.values.first { found = number }
            }
            guard let found else { return Data() }
            let name = TableName.parts(of: table)
            var blob: OpaquePointer?
            guard
                sqlite3_blob_open(connection.handle, name.schema ?? "main", name.table, column, found, 0, &blob)
                    == SQLITE_OK,
                let blob
            else {
                sqlite3_blob_close(blob)
                return nil
            }
            defer { sqlite3_blob_close(blob) }
            let length = max(0, min(count, Int(sqlite3_blob_bytes(blob)) - offset))
            var bytes = Data(count: length)
            guard length > 0 else { return bytes }
            let code = bytes.withUnsafeMutableBytes { buffer in
                sqlite3_blob_read(blob, buffer.baseAddress, Int32(length), Int32(offset))
            }
            guard code == SQLITE_OK else { throw OmmiError.sqlite(connection.handle, code: code) }
            return bytes
        }
    }

    /// Whether `table` is a table with rowids: one `WITHOUT ROWID` has none to open a value by,
    /// nor has a view (whose `rowid` SQLite reads as NULL).
    public func readsStoredHeads(of table: String) async -> Bool {
        let name = TableName.parts(of: table)
        let found = try? await withConnection { connection in
            sqlite3_table_column_metadata(
                connection.handle, name.schema ?? "main", name.table, "rowid", nil, nil, nil, nil, nil) == SQLITE_OK
        }
        return found ?? false
    }

    /// Reads each head through one BLOB handle moved from row to row, which reads a row's header
    /// and the pages of the bytes asked for, never the rest of a long value: `substr()` and
    /// `length()` of a text load it whole.
    public func storedHeads(table: String, column: String, rowIDs: [Int64], count: Int) async throws
        -> [StoredHead?]
    {
        try await withConnection { connection in
            let name = TableName.parts(of: table)
            var blob: OpaquePointer?
            defer { sqlite3_blob_close(blob) }
            var heads: [StoredHead?] = []
            heads.reserveCapacity(rowIDs.count)
            for rowID in rowIDs {
                let moved =
                    if let open = blob {
                        sqlite3_blob_reopen(open, rowID) == SQLITE_OK
                    } else {
                        sqlite3_blob_open(connection.handle, name.schema ?? "main", name.table, column, rowID, 0, &blob)
                            == SQLITE_OK
                    }
                guard moved, let open = blob else {
                    // A row gone since it was selected, or a value that is no longer text or bytes;
                    // a handle that failed to move cannot move again.
                    sqlite3_blob_close(blob)
                    blob = nil
                    heads.append(nil)
                    continue
                }
                let total = Int(sqlite3_blob_bytes(open))
                var bytes = Data(count: min(count, total))
                if !bytes.isEmpty {
                    let length = Int32(bytes.count)
                    let code = bytes.withUnsafeMutableBytes { sqlite3_blob_read(open, $0.baseAddress, length, 0) }
                    guard code == SQLITE_OK else { throw OmmiError.sqlite(connection.handle, code: code) }
                }
                heads.append(StoredHead(count: total, bytes: bytes))
            }
            return heads
        }
    }
}
