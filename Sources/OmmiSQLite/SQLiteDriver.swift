import CSQLite
import Foundation
import Ommi

/// The SQLite driver: one connection to a file or to memory.
///
/// Prepared statements are cached per SQL text, every value is bound, foreign keys are enforced,
/// and a busy timeout lets a write wait a while for another process's lock before it fails.
public final class SQLiteDriver: Driver {
    /// How a file is opened.
    public struct OpenOptions: OptionSet, Sendable {
        /// The options' bits.
        public let rawValue: Int
        /// Options of `rawValue`'s bits.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Create the file when it does not exist (otherwise a missing file is an error).
        public static let create = OpenOptions(rawValue: 1)
        /// Open for reading only: every write fails with `OmmiError/Kind/readOnly`.
        public static let readOnly = OpenOptions(rawValue: 2)
    }

    /// SQLite's SQL.
    public let dialect: any SQLDialect = SQLiteDialect()
    /// The file path, or nil in memory.
    public var path: String? { opening?.path }
    let connection: ConnectionLock
    /// Read-only connections for reads outside transactions, when the driver was opened with some.
    let readers: ReaderPool?
    /// The turns of the tasks that share the connection (see `TransactionGate`).
    public let gate = TransactionGate()
    /// Where the SQL of every statement is reported (see `Driver/trace(_:)`).
    public let tracer = StatementTracer()
    /// How long a statement waits for another connection's lock unless `connect` is told otherwise.
    public static let defaultLockTimeout: Duration = .seconds(5)

    /// How the file was opened, to open it again the same way when it is replaced; nil in memory.
    let opening: FileOpening?

    private init(connection: ConnectionLock, opening: FileOpening? = nil, readers: ReaderPool? = nil) {
        self.connection = connection
        self.opening = opening
        self.readers = readers
    }

    /// A new, empty database in memory.
    public static func connect() async throws -> SQLiteDriver {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY
        return SQLiteDriver(connection: ConnectionLock(try openConnection(":memory:", flags: flags)))
    }

    /// The database in the file at `path`, which must exist unless `options` has `.create`.
    ///
    /// A statement that finds the file locked by another connection retries for `lockTimeout`,
    /// then fails with `OmmiError/Kind/busy`, having changed nothing.
    ///
    /// With `readers` above zero, the file is put in WAL mode (which it keeps) and that many
    /// read-only connections open beside the one that writes: a read outside a transaction runs on
    /// a free reader, so reads of many tasks run in parallel and never wait for a write, seeing the
    /// last committed state; statements inside a transaction, and every write, run on the writer.
    ///
    /// - Throws: `OmmiError/Kind/cannotOpen` when the file is missing, unreadable, a directory or
    ///   not a SQLite database, or when readers are asked for and the file cannot use WAL (it is
    ///   opened read-only, or its folder cannot be written); nothing is created in those cases.
    public static func connect(
        path: String, options: OpenOptions = [], readers: Int = 0, lockTimeout: Duration = defaultLockTimeout
    ) async throws -> SQLiteDriver {
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw OmmiError(.cannotOpen, "\(path) is a directory, not a database file") }
        if !exists && !options.contains(.create) { throw OmmiError(.cannotOpen, "no database file at \(path)") }
        if exists && !FileManager.default.isReadableFile(atPath: path) {
            throw OmmiError(.cannotOpen, "\(path) cannot be read (permission denied)")
        }
        var flags = options.contains(.readOnly) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if options.contains(.create) && !options.contains(.readOnly) { flags |= SQLITE_OPEN_CREATE }
        let opening = FileOpening(path: path, flags: flags, readers: readers, lockTimeout: lockTimeout)
        let (writer, readers) = try opening.connections()
        opening.identity.withLock { $0 = FileIdentity(path: path) }
        return SQLiteDriver(
            connection: ConnectionLock(writer), opening: opening,
            readers: readers.isEmpty ? nil : ReaderPool(readers.map(ConnectionLock.init)))
    }

    /// A connection to `filename`, checked to be a database.
    static func openConnection(
        _ filename: String, flags: Int32, lockTimeout: Duration = defaultLockTimeout
    ) throws -> SQLiteConnection {
        let handle = try openHandle(filename, flags: flags)
        sqlite3_busy_timeout(handle, Int32(clamping: lockTimeout.wholeMilliseconds))
        let connection = SQLiteConnection(handle: handle)
        try check(filename, connection)
        return connection
    }

    private static func openHandle(_ filename: String, flags: Int32) throws -> OpaquePointer {
        var handle: OpaquePointer?
        // No mutex of SQLite's own: the driver reaches each connection only under its
        // `ConnectionLock`, so SQLite's per-call locking was pure cost.
        let code = sqlite3_open_v2(filename, &handle, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nil)
        guard code == SQLITE_OK, let handle else {
            let error = OmmiError.sqlite(handle, code: code)
            sqlite3_close_v2(handle)
            throw OmmiError(.cannotOpen, "cannot open \(filename): \(error.message)", code: error.code)
        }
        sqlite3_extended_result_codes(handle, 1)
        return handle
    }

    /// Enforces foreign keys and reads the schema once, so a file that is not a database is
    /// refused when opened rather than at its first statement.
    private static func check(_ filename: String, _ connection: SQLiteConnection) throws {
        do {
            try connection.exec("PRAGMA foreign_keys = ON")
            try connection.exec("SELECT count(*) FROM sqlite_schema")
        } catch let error as OmmiError where error.code.map({ $0 & 0xFF == SQLITE_NOTADB }) ?? false {
            throw OmmiError(.cannotOpen, "\(filename) is not a SQLite database", code: error.code)
        }
    }

    /// Whether writes are refused (opened read-only, or the file or its folder is read-only).
    public var isReadOnly: Bool { connection.withLock { $0.isReadOnly } }

    // MARK: Driver

    /// Runs a statement from the connection's cache of prepared statements and visits its rows.
    public func query(_ statement: SQLStatement, _ visit: (Row) throws -> Void) async throws {
        tracer(statement.sql)
        try await withConnection(reading: statement.sql) { connection in
            let prepared = try connection.prepared(statement)
            try connection.bind(statement.arguments, to: prepared, sql: statement.sql)
            try connection.run(prepared, sql: statement.sql, visit)
        }
    }

    /// Runs a write; a foreign key failure names the reference that failed. Returns the rows changed.
    @discardableResult
    public func execute(_ statement: SQLStatement) async throws -> Int {
        tracer(statement.sql)
        return try await withConnection { connection in
            let prepared = try connection.prepared(statement)
            try connection.bind(statement.arguments, to: prepared, sql: statement.sql)
            try connection.explainingForeignKeys(statement.sql, statement.arguments) {
                try connection.run(prepared, sql: statement.sql)
            }
            return connection.changes
        }
    }

    /// Runs one prepared statement once per set of arguments, visiting the rows each returns.
    public func executeBatch(
        _ sql: String, _ argumentSets: [[DatabaseValue]], _ visit: ((Int, Row) throws -> Void)?
    ) async throws {
        tracer(sql)
        try await withConnection { connection in
            let prepared = try connection.prepared(sql)
            for (index, arguments) in argumentSets.enumerated() {
                try connection.bind(arguments, to: prepared, sql: sql)
                try connection.explainingForeignKeys(sql, arguments) {
                    try connection.run(prepared, sql: sql) { row in try visit?(index, row) }
                }
            }
        }
    }

    /// A statement of its own, stepped a row at a time by the cursor.
    public func cursor(_ statement: SQLStatement) async throws -> any DriverCursor {
        tracer(statement.sql)
        let prepare = { (connection: SQLiteConnection) throws -> OpaquePointer in
            let prepared = try connection.prepareUncached(statement.sql)
            do {
                try connection.bind(statement.arguments, to: prepared, sql: statement.sql)
            } catch {
                sqlite3_finalize(prepared)
                throw error
            }
            return prepared
        }
        if let readers, !gate.currentTaskIsInTransaction, Self.isSelect(statement.sql) {
            return try await readers.withReader { reader in
                SQLiteCursor(.reader(reader), statement: try reader.withLock(prepare), sql: statement.sql)
            }
        }
        return SQLiteCursor(.writer(self), statement: try await withConnection(prepare), sql: statement.sql)
    }

    /// Runs a transaction step; the outermost transaction begins `IMMEDIATE`, taking the write
    /// lock at once so that it cannot fail half-way for want of it (plain `BEGIN` when read-only).
    public func perform(_ step: TransactionStep) async throws {
        let sql = step == .begin && !isReadOnly ? "BEGIN IMMEDIATE" : step.sql
        tracer(sql)
        try connection.withLock { try $0.exec(sql) }
    }

    /// The tables and views of the file, with their keys, foreign keys, indexes and relations.
    public func introspect() async throws -> [ModelSchema] {
        try await withConnection { connection in
            try SQLiteIntrospection(connection: connection, trace: tracer.callAsFunction).schemas()
        }
    }

    // MARK: Exclusive access

    /// Finalizes a cursor's statement under the connection lock, without waiting for it.
    func finalize(_ statement: OpaquePointer) {
        connection.finalize(statement)
    }

    /// Runs `body` on the connection in the current task's turn (see `TransactionGate`).
    func withConnection<T>(_ body: (SQLiteConnection) throws -> T) async throws -> T {
        try await gate.withTurn { try connection.withLock(body) }
    }

    /// Runs `sql`: on a free reader when the driver has some, the task is outside any transaction
    /// and the statement is a `SELECT`, otherwise on the writer in the task's turn. Other
    /// statements stay on the writer even when they only read, since what they read (a pragma's
    /// state, a temporary table) belongs to the connection.
    private func withConnection<T>(reading sql: String, _ body: (SQLiteConnection) throws -> T) async throws -> T {
        guard let readers, !gate.currentTaskIsInTransaction, Self.isSelect(sql) else {
            return try await withConnection(body)
        }
        return try await readers.withReader { try $0.withLock(body) }
    }

    /// Whether the text starts with `SELECT` (any case) after blanks; read in place, since every
    /// read on a driver with readers asks.
    private static func isSelect(_ sql: String) -> Bool {
        var expected = "SELECT".utf8.makeIterator()
        let start = sql.utf8.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\t") }
        for byte in start {
            guard let letter = expected.next() else { return true }
            if byte & 0xDF != letter { return false }
        }
        return expected.next() == nil
    }
}
