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
}
