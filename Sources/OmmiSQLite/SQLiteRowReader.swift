import CSQLite
import Foundation
import Ommi

/// The current row of a prepared statement, read column by column without copying the row.
final class SQLiteRowReader: RowReader {
    /// The statement whose current row is read; a connection reuses one reader for the
    /// statements it runs one after another.
    var statement: OpaquePointer?

    init(statement: OpaquePointer?) {
        self.statement = statement
    }

    var columnCount: Int { Int(sqlite3_column_count(statement)) }

    func columnName(at index: Int) -> String {
        sqlite3_column_name(statement, Int32(index)).map { String(cString: $0) } ?? "column \(index)"
    }

    // Each read fetches the column's value once and asks it for its type and content: one
    // library call that takes SQLite's mutex per column, where asking the statement for the type
    // and then the content took it twice or three times. The driver holds its connection lock
    // around every use of the connection, so the unprotected value is never shared.

    @inline(__always) private func column(_ index: Int) -> OpaquePointer? {
        sqlite3_column_value(statement, Int32(index))
    }

    func isNull(at index: Int) -> Bool {
        column(index).map { sqlite3_value_type($0) == SQLITE_NULL } ?? true
    }

    func integerIfStored(at index: Int) -> Int64? {
        guard let value = column(index), sqlite3_value_type(value) == SQLITE_INTEGER else { return nil }
        return sqlite3_value_int64(value)
    }

    func realIfStored(at index: Int) -> Double? {
        guard let value = column(index), sqlite3_value_type(value) == SQLITE_FLOAT else { return nil }
        return sqlite3_value_double(value)
    }

    func textIfStored(at index: Int) -> String? {
        guard let value = column(index), sqlite3_value_type(value) == SQLITE_TEXT else { return nil }
        return text(of: value)
    }

    func value(at index: Int) -> DatabaseValue {
        guard let value = column(index) else { return .null }
        switch sqlite3_value_type(value) {
        case SQLITE_INTEGER: return .integer(sqlite3_value_int64(value))
        case SQLITE_FLOAT: return .real(sqlite3_value_double(value))
        case SQLITE_TEXT: return .text(text(of: value))
        case SQLITE_BLOB:
            let count = Int(sqlite3_value_bytes(value))
            guard count > 0, let bytes = sqlite3_value_blob(value) else { return .blob(Data()) }
            return .blob(Data(bytes: bytes, count: count))
        default: return .null
        }
    }

    /// Text as UTF-8; invalid sequences become U+FFFD rather than failing the read.
    private func text(of value: OpaquePointer) -> String {
        guard let bytes = sqlite3_value_text(value) else { return "" }
        let count = Int(sqlite3_value_bytes(value))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
