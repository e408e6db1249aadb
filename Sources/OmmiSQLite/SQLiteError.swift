import CSQLite
import Ommi

extension OmmiError {
    /// The error SQLite reported on `handle`, classified by its primary result code.
    static func sqlite(_ handle: OpaquePointer?, code: Int32, sql: String? = nil) -> OmmiError {
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        let message = handle.flatMap { sqlite3_errmsg($0).map { String(cString: $0) } } ?? String(cString: sqlite3_errstr(code))
        let kind = Self.namesMissingSchema(message, code: extended) ? .schema : kind(ofSQLiteCode: extended)
        return OmmiError(kind, message, code: extended, sql: sql)
    }

    /// Whether SQLite refused a statement because a table or column it names does not exist,
    /// which it reports as a generic error with a message of a fixed form.
    static func namesMissingSchema(_ message: String, code: Int32) -> Bool {
        code == SQLITE_ERROR && (message.hasPrefix("no such table") || message.hasPrefix("no such column"))
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
