import CSQLite
import Ommi

extension OmmiError {
    /// The error SQLite reported on `handle`, classified by its extended result code and, where
    /// SQLite only says it in words, by its message.
    static func sqlite(_ handle: OpaquePointer?, code: Int32, sql: String? = nil) -> OmmiError {
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        let message =
            handle.flatMap { sqlite3_errmsg($0).map { String(cString: $0) } } ?? String(cString: sqlite3_errstr(code))
        if let violation = SQLiteConstraintMessage(message, code: extended) {
            return violation.error(code: extended, sql: sql)
        }
        let file = handle.flatMap { sqlite3_db_filename($0, "main") }.map { String(cString: $0) } ?? ""
        let explained = SQLiteReadOnlyReason(code: extended, file: file)?.message(file: file) ?? message
        var error = OmmiError(kind(ofSQLiteCode: extended), explained, code: extended, sql: sql)
        if extended & 0xFF == SQLITE_ERROR, let missing = SQLiteMissingSchema(message) {
            error.kind = .schema
            error.table = missing.table
            error.columns = missing.column.map { [$0] } ?? []
        }
        return error
    }

    static func kind(ofSQLiteCode code: Int32) -> Kind {
        switch code & 0xFF {
        case SQLITE_CONSTRAINT: .constraint
        case SQLITE_BUSY, SQLITE_LOCKED: .busy
        case SQLITE_READONLY: .readOnly
        case SQLITE_CANTOPEN, SQLITE_NOTADB, SQLITE_PERM, SQLITE_AUTH: .cannotOpen
        case SQLITE_MISMATCH: .decoding
        default: .driver
        }
    }
}

/// A table or column that a statement names and the schema lacks, which SQLite reports as a
/// generic error with a message of a fixed form: `no such table: t` and `no such column: c` (any
/// statement), `table t has no column named c` (an INSERT).
struct SQLiteMissingSchema {
    let table: String?
    let column: String?

    init?(_ message: String) {
        if let rest = message.dropPrefix("no such table: ") {
            table = rest
            column = nil
        } else if let rest = message.dropPrefix("no such column: ") {
            table = nil
            column = rest
        } else if let rest = message.dropPrefix("table "), let range = rest.range(of: " has no column named ") {
            table = String(rest[..<range.lowerBound])
            column = String(rest[range.upperBound...])
        } else {
            return nil
        }
    }
}

extension String {
    /// The rest of the string after `prefix`, or nil when it does not start with it.
    func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
