#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres

/// The PostgreSQL server the tests run against, named by the `PG*` environment variables
/// (`./test.sh` starts a throwaway cluster and sets them, through `Scripts/with-postgres.sh`).
///
/// Each test gets a database of its own, created for it and dropped when it is done.
public enum PostgresServer {
    /// The server's settings, or an error that says how to get a server when there is none.
    public static func configuration(
        database: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> PostgresConfiguration {
        guard environment["PGHOST"]?.isEmpty == false else {
            throw OmmiError(
                .cannotOpen,
                "PostgreSQL tests need a server and PGHOST is not set: ./test.sh starts a throwaway one "
                    + "(Scripts/with-postgres.sh), or set PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE")
        }
        var configuration = try PostgresConfiguration(url: "postgres://", environment: environment)
        if let database { configuration.database = database }
        return configuration
    }

    /// A new, empty database on the server.
    public static func createDatabase() async throws -> PostgresTestDatabase {
        let name = "ommi_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try await PostgresDriver.connect(try configuration())
        try await admin.execute(SQLStatement("CREATE DATABASE \(name)"))
        await admin.close()
        return PostgresTestDatabase(configuration: try configuration(database: name))
    }

    /// Drops a database, closing any connection still open to it.
    static func drop(_ name: String) async throws {
        let admin = try await PostgresDriver.connect(try configuration())
        try await admin.execute(SQLStatement("DROP DATABASE IF EXISTS \(name) WITH (FORCE)"))
        await admin.close()
    }
}

/// A database created for one test; it is dropped (with any connection still open to it) when
/// the test lets go of it.
public final class PostgresTestDatabase: Sendable {
    public let configuration: PostgresConfiguration

    init(configuration: PostgresConfiguration) {
        self.configuration = configuration
    }

    /// The database's URL, with the password left to `PGPASSWORD`.
    public var url: String { configuration.displayName }

    /// A new connection to the database.
    public func connect(readOnly: Bool = false) async throws -> PostgresDriver {
        var settings = configuration
        settings.readOnly = readOnly
        return try await PostgresDriver.connect(settings)
    }

    /// Drops the database now.
    public func drop() async throws {
        try await PostgresServer.drop(configuration.database)
    }

    deinit {
        let name = configuration.database
        Task.detached { try? await PostgresServer.drop(name) }
    }
}
#endif
