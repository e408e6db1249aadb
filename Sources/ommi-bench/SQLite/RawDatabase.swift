import CSQLite
import Foundation

/// A connection through the bare SQLite C API: the contender every ORM figure is measured
/// against. It opens files the way the SQLite driver does and sets the same pragmas, so the two
/// differ only in what the ORM adds on top.
final class RawDatabase {
    let handle: OpaquePointer

    /// Opens an existing file (or creates it with `create`), with foreign keys enforced and the
    /// driver's busy timeout.
    init(path: String, create: Bool = false) throws {
        var handle: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(handle)
            throw BenchError("cannot open \(path): \(message)")
        }
        self.handle = handle
        sqlite3_busy_timeout(handle, 5_000)
        try exec("PRAGMA foreign_keys = ON")
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs SQL without parameters, such as `BEGIN`, a pragma or a data-generating insert.
    func exec(_ sql: String) throws {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code, sql) }
    }

    /// A statement prepared once, to be bound and stepped many times.
    func prepare(_ sql: String) throws -> RawStatement {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else { throw error(code, sql) }
        return RawStatement(statement, database: self, sql: sql)
    }

    /// The single integer a query such as `SELECT count(*)` returns.
    func integer(_ sql: String) throws -> Int {
        let statement = try prepare(sql)
        guard try statement.step() else { throw BenchError("\(sql) returned no row") }
        return statement.int(0)
    }

    func error(_ code: Int32, _ sql: String) -> BenchError {
        BenchError("SQLite error \(code) (\(String(cString: sqlite3_errmsg(handle)))) in \(sql)")
    }
}

/// One prepared statement: positional binds, `step`, positional reads, `reset`.
final class RawStatement {
    let statement: OpaquePointer
    private let database: RawDatabase
    private let sql: String

    init(_ statement: OpaquePointer, database: RawDatabase, sql: String) {
        self.statement = statement
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(statement)
    }

    @inline(__always) func bind(_ value: Int, at index: Int32) {
        sqlite3_bind_int64(statement, index, Int64(value))
    }

    @inline(__always) func bind(_ value: String, at index: Int32) {
        var text = value
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                _ = sqlite3_bind_text(
                    statement, index, characters.baseAddress, Int32(characters.count), ommi_sqlite_transient())
            }
        }
    }

    /// Steps once: true when a row is ready, false when the statement is done.
    @inline(__always) func step() throws -> Bool {
        switch sqlite3_step(statement) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw database.error(code, sql)
        }
    }

    /// Steps a statement that returns no rows, then resets it.
    func run() throws {
        defer { reset() }
        while try step() {}
    }

    @inline(__always) func reset() {
        sqlite3_reset(statement)
    }

    @inline(__always) func int(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(statement, column))
    }

    @inline(__always) func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, column) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    @inline(__always) func type(_ column: Int32) -> Int32 {
        sqlite3_column_type(statement, column)
    }

    @inline(__always) func real(_ column: Int32) -> Double {
        sqlite3_column_double(statement, column)
    }

    var columnCount: Int32 { sqlite3_column_count(statement) }
}
