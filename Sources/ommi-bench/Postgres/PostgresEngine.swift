#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres

/// The comparisons on the PostgreSQL server the `PG*` variables name. Every database a scenario
/// builds is a database of its own on that server, created and dropped through an administrative
/// connection to `PGDATABASE`; the raw contender is postgres-nio (``PostgresRaw``).
final class PostgresEngine: BenchEngine {
    static let sql = BenchSQL.postgres
    /// The issue holds every scenario on PostgreSQL to 1.5×.
    static let target: Double? = 1.5

    private let configuration: PostgresConfiguration
    private let admin: PostgresDriver

    private init(configuration: PostgresConfiguration, admin: PostgresDriver) {
        self.configuration = configuration
        self.admin = admin
    }

    /// Connects to the server, or says in one line why there is none to run on.
    static func connect(environment: [String: String] = ProcessInfo.processInfo.environment) async throws
        -> PostgresEngine
    {
        guard environment["PGHOST"]?.isEmpty == false else {
            throw BenchError(
                "--driver postgres needs a server and PGHOST is not set (set PGHOST, PGPORT, PGUSER, PGPASSWORD and "
                    + "PGDATABASE, or run under Scripts/with-postgres.sh, which starts a throwaway one)")
        }
        do {
            let configuration = try PostgresConfiguration(url: "postgres://", environment: environment)
            return PostgresEngine(configuration: configuration, admin: try await PostgresDriver.connect(configuration))
        } catch let error as OmmiError {
            throw BenchError(error.message)
        }
    }

    func close() async {
        await admin.close()
    }

    func create(_ stem: String, _ data: BenchData) async throws -> String {
        let name = "ommi_bench_\(stem)_" + UUID().uuidString.prefix(8).lowercased()
        try await admin.execute(SQLStatement("CREATE DATABASE \(name)"))
        do {
            let driver = try await PostgresDriver.connect(settings(name))
            try await data.models.setup(on: Ommi(driver))
            for statement in data.statements { try await driver.execute(SQLStatement(statement)) }
            // Fresh statistics plan both contenders' statements alike, and keep autovacuum from
            // starting on the new rows in the middle of one contender's run.
            try await driver.execute(SQLStatement("VACUUM ANALYZE"))
            await driver.close()
        } catch {
            await remove(name)
            throw error
        }
        return name
    }

    func remove(_ name: String) async {
        _ = try? await admin.execute(SQLStatement("DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
    }

    func connectORM(_ name: String) async throws -> any TracingDriver {
        try await PostgresDriver.connect(settings(name))
    }

    func connectRaw(_ name: String) async throws -> PostgresRaw {
        try await PostgresRaw.connect(settings(name))
    }

    /// Where `database` is, reached as the engine's server is.
    func settings(_ database: String, poolSize: Int = PostgresConfiguration.defaultPoolSize) -> PostgresConfiguration {
        var settings = configuration
        settings.database = database
        settings.poolSize = poolSize
        return settings
    }
}

extension PostgresDriver: TracingDriver {}
#endif
