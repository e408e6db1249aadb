import CSQLite
import Ommi

extension OmmiError {
    /// The error SQLite reported on `handle`, classified by its primary result code.
    static func sqlite(_ handle: OpaquePointer?, code: Int32, sql: String? = nil) -> OmmiError {
        let extended = handle.map { sqlite3_extended_errcode($0) } ?? code
        let message = handle.flatMap { sqlite3_errmsg($0).map { String(cString: $0) } } ?? String(cString: sqlite3_errstr(code))
        return OmmiError(kind(ofSQLiteCode: extended), message, code: extended, sql: sql)
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
