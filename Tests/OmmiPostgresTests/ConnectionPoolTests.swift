#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import PostgresServer
import Testing

/// The driver's pool of connections: reads from many tasks run on several connections at once,
/// a transaction keeps one connection for all its statements, and the pool outlives a connection
/// the server ends.
@Suite struct ConnectionPoolTests {
    /// The server process of the connection a statement runs on.
    static func backend(_ driver: PostgresDriver) async throws -> DatabaseValue {
        var pid = DatabaseValue.null
        try await driver.query(SQLStatement("SELECT pg_backend_pid()")) { pid = $0.value(at: 0) }
        return pid
    }

    /// A driver with a pool of `size` on a new database.
    static func pooled(_ size: Int, readOnly: Bool = false) async throws -> (PostgresTestDatabase, PostgresDriver) {
        let database = try await PostgresServer.createDatabase()
        var settings = database.configuration
        settings.poolSize = size
        settings.readOnly = readOnly
        return (database, try await PostgresDriver.connect(settings))
    }

    @Test("the URL's pool_size sets the pool; without it the pool has 10 connections")
    func poolSizeFromURL() throws {
        #expect(try PostgresConfiguration(url: "postgres://ann@db/shop?pool_size=3", environment: [:]).poolSize == 3)
        #expect(try PostgresConfiguration(url: "postgres://ann@db/shop", environment: [:]).poolSize == 10)
        for wrong in ["0", "many", "-2"] {
            let error = #expect(throws: OmmiError.self) {
                try PostgresConfiguration(url: "postgres://ann@db/shop?pool_size=\(wrong)", environment: [:])
            }
            #expect(error?.message == "pool_size=\(wrong) is not a number of connections (1 or more)")
        }
    }

    @Test("reads from many tasks run at once, on several connections")
    func concurrentReads() async throws {
        let (database, driver) = try await Self.pooled(4)
        let backends = try await withThrowingTaskGroup(of: DatabaseValue.self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var pid = DatabaseValue.null
                    try await driver.query(SQLStatement("SELECT pg_backend_pid(), pg_sleep(0.5)")) {
                        pid = $0.value(at: 0)
                    }
                    return pid
                }
            }
            return try await group.reduce(into: Set<DatabaseValue>()) { $0.insert($1) }
        }
        // The pool opens a connection only when every open one is busy: four backends answered
        // because the four sleeps overlapped.
        #expect(backends.count == 4)
        await driver.close()
        _ = database
    }

    @Test("a transaction runs every statement, its child tasks' and savepoints' too, on one connection")
    func transactionKeepsOneConnection() async throws {
        let (database, driver) = try await Self.pooled(4)
        let db = Ommi(driver)
        let seen = try await db.transaction {
            let outer = try await Self.backend(driver)
            let children = try await withThrowingTaskGroup(of: DatabaseValue.self) { group in
                for _ in 0..<6 { group.addTask { try await Self.backend(driver) } }
                return try await group.reduce(into: Set<DatabaseValue>()) { $0.insert($1) }
            }
            let nested = try await db.transaction { try await Self.backend(driver) }
            return children.union([outer, nested])
        }
        #expect(seen.count == 1)
        await driver.close()
        _ = database
    }

    @Test("a read outside a transaction sees the committed rows at once, without waiting for it")
    func readDuringTransaction() async throws {
        let (database, driver) = try await Self.pooled(4)
        try await driver.execute(SQLStatement("CREATE TABLE notes (id INTEGER PRIMARY KEY)"))
        try await driver.execute(SQLStatement("INSERT INTO notes VALUES (1)"))
        let (written, write) = AsyncStream<Void>.makeStream()
        let (read, reading) = AsyncStream<Int>.makeStream()
        async let outside = Self.count(driver, after: written, answering: reading)
        try await driver.transaction {
            try await driver.execute(SQLStatement("INSERT INTO notes VALUES (2)"))
            write.yield()
            // The transaction stays open until the outside read has its answer.
            for await _ in read { break }
        }
        #expect(try await outside == 1)
        #expect(try await Self.count(driver) == 2)
        _ = database
    }

    /// The rows of `notes`, read once `signal` fires and handed to `answer` too.
    static func count(
        _ driver: PostgresDriver, after signal: AsyncStream<Void>? = nil,
        answering answer: AsyncStream<Int>.Continuation? = nil
    ) async throws -> Int {
        if let signal { for await _ in signal { break } }
        var count = 0
        try await driver.query(SQLStatement("SELECT count(*) FROM notes")) {
            if case .integer(let rows) = $0.value(at: 0) { count = Int(rows) }
        }
        answer?.yield(count)
        return count
    }

    @Test("the pool replaces a connection the server ends (pg_terminate_backend)")
    func survivesKilledConnection() async throws {
        let (database, driver) = try await Self.pooled(2)
        let killed = try await Self.backend(driver)
        let admin = try await PostgresDriver.connect(try PostgresServer.configuration())
        try await admin.query(SQLStatement("SELECT pg_terminate_backend($1)", [killed])) { _ in }
        await admin.close()
        try await Task.sleep(for: .milliseconds(200))
        let replacement = try await Self.backend(driver)
        #expect(replacement != killed)
        #expect(replacement != .null)
        await driver.close()
        _ = database
    }

    @Test("every connection of a read-only pool refuses writes")
    func readOnlyPool() async throws {
        let (database, writer) = try await Self.pooled(1)
        try await writer.execute(SQLStatement("CREATE TABLE notes (id INTEGER PRIMARY KEY)"))
        await writer.close()
        var settings = database.configuration
        settings.readOnly = true
        let driver = try await PostgresDriver.connect(settings)
        let kinds = try await withThrowingTaskGroup(of: (OmmiError.Kind?, DatabaseValue).self) { group in
            for index in 0..<4 {
                group.addTask {
                    var mode = DatabaseValue.null
                    try await driver.query(
                        SQLStatement("SELECT current_setting('transaction_read_only'), pg_sleep(0.2)")
                    ) {
                        mode = $0.value(at: 0)
                    }
                    do {
                        try await driver.execute(
                            SQLStatement("INSERT INTO notes VALUES ($1)", [.integer(Int64(index))]))
                        return (nil, mode)
                    } catch let error as OmmiError {
                        return (error.kind, mode)
                    }
                }
            }
            return try await group.reduce(into: [(OmmiError.Kind?, DatabaseValue)]()) { $0.append($1) }
        }
        #expect(kinds.map(\.0) == Array(repeating: .readOnly, count: 4))
        #expect(kinds.map(\.1) == Array(repeating: "on", count: 4))
        await driver.close()
        _ = database
    }

    @Test("close() ends every connection of the pool, and a statement afterwards fails in one line")
    func closeShutsThePoolDown() async throws {
        let (database, driver) = try await Self.pooled(3)
        _ = try await withThrowingTaskGroup(of: DatabaseValue.self) { group in
            for _ in 0..<3 { group.addTask { try await Self.backend(driver) } }
            return try await group.reduce(into: [DatabaseValue]()) { $0.append($1) }
        }
        await driver.close()
        let admin = try await PostgresDriver.connect(try PostgresServer.configuration())
        var open: DatabaseValue = .null
        for _ in 0..<50 {
            try await admin.query(
                SQLStatement(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = $1",
                    [.text(database.configuration.database)])
            ) { open = $0.value(at: 0) }
            if open == 0 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        await admin.close()
        #expect(open == 0)
        let error = await #expect(throws: OmmiError.self) { try await Self.backend(driver) }
        #expect(error?.message.contains("\n") == false)
    }
}
#endif
