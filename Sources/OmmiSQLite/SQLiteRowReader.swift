import CSQLite
import Foundation
import Ommi

/// The current row of a prepared statement, read column by column without copying the row.
final class SQLiteRowReader: RowReader {
    let statement: OpaquePointer

    init(statement: OpaquePointer) {
        self.statement = statement
    }

    var columnCount: Int { Int(sqlite3_column_count(statement)) }

    func columnName(at index: Int) -> String {
        sqlite3_column_name(statement, Int32(index)).map { String(cString: $0) } ?? "column \(index)"
    }

    func isNull(at index: Int) -> Bool {
        sqlite3_column_type(statement, Int32(index)) == SQLITE_NULL
    }

    func integerIfStored(at index: Int) -> Int64? {
        sqlite3_column_type(statement, Int32(index)) == SQLITE_INTEGER ? sqlite3_column_int64(statement, Int32(index)) : nil
    }

    func realIfStored(at index: Int) -> Double? {
        sqlite3_column_type(statement, Int32(index)) == SQLITE_FLOAT ? sqlite3_column_double(statement, Int32(index)) : nil
    }

    func textIfStored(at index: Int) -> String? {
        sqlite3_column_type(statement, Int32(index)) == SQLITE_TEXT ? text(at: Int32(index)) : nil
    }

    func value(at index: Int) -> DatabaseValue {
        let column = Int32(index)
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, column))
        case SQLITE_TEXT: return .text(text(at: column))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, column))
            guard count > 0, let bytes = sqlite3_column_blob(statement, column) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: count))
        default: return .null
        }
    }

    /// Text as UTF-8; invalid sequences become U+FFFD rather than failing the read.
    private func text(at column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
