#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO
import Synchronization

/// The PostgreSQL driver: a pool of connections to a server, on postgres-nio's `PostgresClient`.
///
/// Statements outside a transaction run on any idle connection of the pool, so tasks that read at
/// once are answered at once, up to ``PostgresConfiguration/poolSize`` of them. A transaction
/// holds one connection from its `BEGIN` to its end: every statement of its task and of the
/// task's child tasks runs there, one at a time, and a transaction inside another is a savepoint
/// (see `TransactionGate`; the driver's transactions run one after another). Each distinct
/// statement text is prepared once on each connection and reused, values are bound as
/// parameters, and every session runs in UTC so timestamps read back as written.
public final class PostgresDriver: Driver {
    /// PostgreSQL's SQL.
    public let dialect: any SQLDialect = PostgresDialect()
    /// Where the server is and who is connected.
    public let configuration: PostgresConfiguration
    private let client: PostgresClient
    /// The task that runs the pool's background work; cancelling it shuts the pool down.
    private let pool: Task<Void, Never>
    /// The turns of the tasks inside a transaction on its connection (see `TransactionGate`).
    public let gate = TransactionGate()
    let statements: PreparedStatements
    let logger: Logger
    /// Where the SQL of every statement is reported (see `Driver/trace(_:)`).
    public let tracer = StatementTracer()
    /// The connection of the open transaction, from its `BEGIN` to its `COMMIT` or `ROLLBACK`.
    private let transactionConnection = Mutex<LeasedConnection?>(nil)
    /// How many connections open cursors hold; a cursor never takes the pool's last one.
    let cursorConnections = Mutex(0)

    private init(client: PostgresClient, configuration: PostgresConfiguration, logger: Logger) {
        self.client = client
        self.configuration = configuration
        self.logger = logger
        self.statements = PreparedStatements(logger: logger)
        self.pool = Task { await client.run() }
    }

    deinit {
        pool.cancel()
    }

    /// Connects to the database a `postgres://` URL names, filling what it leaves out from the
    /// `PG*` environment variables (see ``PostgresConfiguration/init(url:environment:)``); the
    /// URL's `pool_size` sets the most connections open at once.
    public static func connect(url: String, readOnly: Bool = false) async throws -> PostgresDriver {
        var configuration = try PostgresConfiguration(url: url)
        configuration.readOnly = readOnly
        return try await connect(configuration)
    }

    /// Connects to a server, with a pool of up to `configuration.poolSize` connections.
    ///
    /// One connection is opened and closed first, so that a server that cannot be reached, a
    /// wrong password or a missing database is reported here rather than by the first statement.
    ///
    /// - Throws: `OmmiError/Kind/cannotOpen` with one line that says why: the server refused the
    ///   connection, the password was wrong, the database does not exist.
    public static func connect(_ configuration: PostgresConfiguration) async throws -> PostgresDriver {
        var logger = Logger(label: "ommi.postgres")
        logger.logLevel = .critical
        do {
            let settings = try Settings(configuration)
            let probe = try await PostgresConnection.connect(
                configuration: settings.connection, id: 1, logger: logger)
            try? await probe.close()
            let client = PostgresClient(configuration: settings.pool, backgroundLogger: logger)
            return PostgresDriver(client: client, configuration: configuration, logger: logger)
        } catch let error as OmmiError {
            throw error
        } catch {
            throw OmmiError.postgresConnection(error, configuration)
        }
    }

    /// Closes every connection and shuts the pool down; the driver cannot be used afterwards.
    public func close() async {
        if let open = transactionConnection.withLock({ $0.take() }) { await open.release() }
        pool.cancel()
        await pool.value
    }

    /// Whether writes are refused (connected read-only).
    public var isReadOnly: Bool { configuration.readOnly }

    // MARK: Driver

    /// Runs a statement, prepared once per text on each connection, and visits its rows.
    public func query(_ statement: SQLStatement, _ visit: (Row) throws -> Void) async throws {
        tracer(statement.sql)
        let rows = try await withConnection(statement.sql) { connection in
            try await statements.rows(statement.sql, statement.arguments, on: connection)
        }
        try Self.visit(rows, visit)
    }

    /// Runs a write and returns the rows it changed.
    @discardableResult
    public func execute(_ statement: SQLStatement) async throws -> Int {
        tracer(statement.sql)
        return try await withConnection(statement.sql) { connection in
            if let counting = Self.countingChanges(statement.sql) {
                let rows = try await statements.rows(counting, statement.arguments, on: connection)
                return rows.first.flatMap { PostgresRowReader($0).integerIfStored(at: 0) }.map(Int.init) ?? 0
            }
            if statement.arguments.isEmpty {
                _ = try await connection.simpleQuery(statement.sql).get()
            } else {
                _ = try await statements.rows(statement.sql, statement.arguments, on: connection)
            }
            return 0
        }
    }

    /// Runs one prepared statement once per set of arguments, visiting the rows each returns.
    public func executeBatch(
        _ sql: String, _ argumentSets: [[DatabaseValue]], _ visit: ((Int, Row) throws -> Void)?
    ) async throws {
        tracer(sql)
        try await withConnection(sql) { connection in
            for (index, arguments) in argumentSets.enumerated() {
                let rows = try await statements.rows(sql, arguments, on: connection)
                if let visit { try Self.visit(rows) { try visit(index, $0) } }
            }
        }
    }

    /// Runs a transaction step as it is, through the simple query protocol, on the transaction's
    /// connection: `BEGIN` takes one from the pool, and the end of the transaction gives it back.
    /// The core calls this while it holds the gate's turn, so the connection is the turn's alone.
    public func perform(_ step: TransactionStep) async throws {
        tracer(step.sql)
        if step == .begin {
            let leased = try await leaseConnection(for: step.sql)
            do {
                _ = try await run(step.sql) { try await leased.connection.simpleQuery(step.sql).get() }
            } catch {
                await leased.release()
                throw error
            }
            transactionConnection.withLock { $0 = leased }
            return
        }
        guard let leased = transactionConnection.withLock({ $0 }) else {
            throw OmmiError(.driver, "no transaction is open", sql: step.sql)
        }
        do {
            _ = try await run(step.sql) { try await leased.connection.simpleQuery(step.sql).get() }
        } catch {
            // A failed COMMIT is followed by a ROLLBACK on the same connection.
            if step == .rollback { await end(leased) }
            throw error
        }
        if step == .commit || step == .rollback { await end(leased) }
    }

    /// Gives the transaction's connection back to the pool.
    private func end(_ leased: LeasedConnection) async {
        transactionConnection.withLock { $0 = nil }
        await leased.release()
    }

    /// The tables, views and materialized views of the search path's schemas, with their keys,
    /// foreign keys, indexes and relations.
    public func introspect() async throws -> [ModelSchema] {
        try await PostgresIntrospection(driver: self).schemas()
    }

    // MARK: Running statements

    /// Runs `body` on the connection the current task's statements belong on: inside a
    /// transaction, its connection, in the task's turn; otherwise any connection of the pool.
    func withConnection<T: Sendable>(_ sql: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        if gate.currentTaskIsInTransaction {
            return try await gate.withTurn {
                // No connection held: a task that outlived the transaction it was started in.
                guard let leased = transactionConnection.withLock({ $0 }) else { return try await pooled(sql, body) }
                return try await run(sql) { try await body(leased.connection) }
            }
        }
        return try await pooled(sql, body)
    }

    private func pooled<T: Sendable>(_ sql: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        try await run(sql) { try await client.withConnection { try await body($0) } }
    }

    /// A connection of the pool held until it is released, for a cursor over `sql`.
    func leaseConnection(for sql: String) async throws -> LeasedConnection {
        try await run(sql) { try await LeasedConnection.take(from: client) }
    }

    /// Runs `body`, its errors as `OmmiError`s of `sql`; a cancelled task's wait for a connection
    /// ends in `CancellationError` as it is.
    private func run<T>(_ sql: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as CancellationError {
            throw error
        } catch {
            throw OmmiError.postgres(error, sql: sql)
        }
    }

    static func visit(_ rows: [PostgresRow], _ visit: (Row) throws -> Void) throws {
        guard let first = rows.first else { return }
        let reader = PostgresRowReader(first)
        for row in rows {
            reader.read(row)
            try visit(Row(reader: reader))
        }
    }

    /// For a single INSERT, UPDATE or DELETE without RETURNING, the statement that runs it and
    /// returns how many rows it changed: a prepared statement does not report its command tag.
    static func countingChanges(_ sql: String) -> String? {
        let head = sql.prefix(7).uppercased()
        guard head.hasPrefix("INSERT ") || head.hasPrefix("UPDATE ") || head.hasPrefix("DELETE ") else { return nil }
        let words = unquoted(sql)
        if words.uppercased().contains("RETURNING") || words.contains(";") { return nil }
        return "WITH ommi_changed AS (\(sql) RETURNING 1) SELECT count(*) FROM ommi_changed"
    }

    /// The statement without its quoted identifiers and string literals, whose text may hold
    /// any word.
    private static func unquoted(_ sql: String) -> String {
        var kept = ""
        var quote: Character?
        for character in sql {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
                kept.append(" ")
            } else {
                kept.append(character)
            }
        }
        return kept
    }

    /// Reads a catalog query, for introspection.
    func catalogRows(_ sql: String, _ arguments: [DatabaseValue] = []) async throws -> [[DatabaseValue]] {
        var rows: [[DatabaseValue]] = []
        try await query(SQLStatement(sql, arguments)) { rows.append($0.values) }
        return rows
    }
}
#endif
