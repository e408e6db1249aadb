#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO

/// The PostgreSQL driver: one connection to a server, on postgres-nio.
///
/// Each distinct statement text is prepared once on the connection and reused, values are bound
/// as parameters, statements of other tasks wait while a transaction runs, and a transaction
/// inside another is a savepoint. The session runs in UTC so timestamps read back as written.
public final class PostgresDriver: Driver {
    /// PostgreSQL's SQL.
    public let dialect: any SQLDialect = PostgresDialect()
    /// Where the server is and who is connected.
    public let configuration: PostgresConfiguration
    private let connection: PostgresConnection
    /// The turns of the tasks that share the connection (see `TransactionGate`).
    public let gate = TransactionGate()
    let statements: PreparedStatements
    private let logger: Logger
    /// Where the SQL of every statement is reported (see `Driver/trace(_:)`).
    public let tracer = StatementTracer()

    private init(connection: PostgresConnection, configuration: PostgresConfiguration, logger: Logger) {
        self.connection = connection
        self.configuration = configuration
        self.logger = logger
        self.statements = PreparedStatements(connection: connection, logger: logger)
    }

    deinit {
        // The connection must outlive its closing, which completes on its event loop.
        let connection = self.connection
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in withExtendedLifetime(connection) {} }
    }

    /// Connects to the database a `postgres://` URL names, filling what it leaves out from the
    /// `PG*` environment variables (see ``PostgresConfiguration/init(url:environment:)``).
    public static func connect(url: String, readOnly: Bool = false) async throws -> PostgresDriver {
        var configuration = try PostgresConfiguration(url: url)
        configuration.readOnly = readOnly
        return try await connect(configuration)
    }

    /// Connects to a server.
    ///
    /// - Throws: `OmmiError/Kind/cannotOpen` with one line that says why: the server refused the
    ///   connection, the password was wrong, the database does not exist.
    public static func connect(_ configuration: PostgresConfiguration) async throws -> PostgresDriver {
        var logger = Logger(label: "ommi.postgres")
        logger.logLevel = .critical
        do {
            let connection = try await PostgresConnection.connect(
                configuration: try connectionConfiguration(configuration), id: 1, logger: logger)
            return PostgresDriver(connection: connection, configuration: configuration, logger: logger)
        } catch let error as OmmiError {
            throw error
        } catch {
            throw OmmiError.postgresConnection(error, configuration)
        }
    }

    private static func connectionConfiguration(_ configuration: PostgresConfiguration) throws
        -> PostgresConnection.Configuration
    {
        var settings: PostgresConnection.Configuration
        switch configuration.endpoint {
        case .tcp(let host, let port):
            let tls: PostgresConnection.Configuration.TLS
            if configuration.requiresTLS {
                var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
                tlsConfiguration.certificateVerification = .none
                tls = .require(try NIOSSLContext(configuration: tlsConfiguration))
            } else {
                tls = .disable
            }
            settings = .init(
                host: host, port: port, username: configuration.user, password: configuration.password,
                database: configuration.database, tls: tls)
        case .socket(let path):
            settings = .init(
                unixSocketPath: path, username: configuration.user, password: configuration.password,
                database: configuration.database)
        }
        settings.options.connectTimeout = .seconds(10)
        settings.options.additionalStartupParameters = [
            ("TimeZone", "UTC"), ("application_name", "ommi"),
            ("default_transaction_read_only", configuration.readOnly ? "on" : "off"),
        ]
        if let lockTimeout = configuration.lockTimeout {
            // 0 would mean no timeout at all: the shortest wait PostgreSQL takes is 1 ms.
            settings.options.additionalStartupParameters.append(
                ("lock_timeout", "\(max(1, lockTimeout.wholeMilliseconds))ms"))
        }
        return settings
    }

    /// Closes the connection; the driver cannot be used afterwards.
    public func close() async {
        try? await connection.close()
    }

    /// Whether writes are refused (connected read-only).
    public var isReadOnly: Bool { configuration.readOnly }

    // MARK: Driver

    /// Runs a statement, prepared once per text on the connection, and visits its rows.
    public func query(_ statement: SQLStatement, _ visit: (Row) throws -> Void) async throws {
        tracer(statement.sql)
        let rows = try await gate.withTurn { try await statements.rows(statement.sql, statement.arguments) }
        try Self.visit(rows, visit)
    }

    /// Runs a write and returns the rows it changed.
    @discardableResult
    public func execute(_ statement: SQLStatement) async throws -> Int {
        tracer(statement.sql)
        return try await gate.withTurn {
            if let counting = Self.countingChanges(statement.sql) {
                let rows = try await statements.rows(counting, statement.arguments)
                return rows.first.flatMap { PostgresRowReader($0).integerIfStored(at: 0) }.map(Int.init) ?? 0
            }
            if statement.arguments.isEmpty {
                _ = try await run(statement.sql) { try await connection.simpleQuery(statement.sql).get() }
            } else {
                _ = try await statements.rows(statement.sql, statement.arguments)
            }
            return 0
        }
    }

    /// Runs one prepared statement once per set of arguments, visiting the rows each returns.
    public func executeBatch(
        _ sql: String, _ argumentSets: [[DatabaseValue]], _ visit: ((Int, Row) throws -> Void)?
    ) async throws {
        tracer(sql)
        try await gate.withTurn {
            for (index, arguments) in argumentSets.enumerated() {
                let rows = try await statements.rows(sql, arguments)
                if let visit { try Self.visit(rows) { try visit(index, $0) } }
            }
        }
    }

    /// A cursor over the statement's rows as the server streams them.
    public func cursor(_ statement: SQLStatement) async throws -> any DriverCursor {
        tracer(statement.sql)
        let rows = try await gate.withTurn { try await statements.rows(statement.sql, statement.arguments) }
        return PostgresCursor(rows: rows)
    }

    /// Runs a transaction step as it is, through the simple query protocol.
    public func perform(_ step: TransactionStep) async throws {
        tracer(step.sql)
        _ = try await run(step.sql) { try await connection.simpleQuery(step.sql).get() }
    }

    /// The tables, views and materialized views of the search path's schemas, with their keys,
    /// foreign keys, indexes and relations.
    public func introspect() async throws -> [ModelSchema] {
        try await PostgresIntrospection(driver: self).schemas()
    }

    // MARK: Running statements

    private func run<T>(_ sql: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw OmmiError.postgres(error, sql: sql)
        }
    }

    private static func visit(_ rows: [PostgresRow], _ visit: (Row) throws -> Void) throws {
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
