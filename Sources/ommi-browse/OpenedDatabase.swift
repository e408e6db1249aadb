import DemoDatabase
import Foundation
import Ommi
import OmmiSQLite

#if PostgreSQL
import OmmiPostgres
#endif

/// The database the command works on: the SQLite file or `postgres://` URL given, or the demo
/// built in a temporary folder.
struct OpenedDatabase {
    let driver: any Driver
    /// Whether the database refuses writes whatever was asked (a read-only file, say).
    let isReadOnly: Bool
    /// A second, read-only connection for counts that may scan a large table.
    let countingConnection: @Sendable () async throws -> (any Driver)?
    /// The temporary folder of the demo, removed when the command ends.
    let temporaryFolder: URL?

    /// Opens `location`; a write that finds it locked by another program waits `lockTimeout`.
    static func open(_ location: String?, readOnly: Bool, lockTimeout: Duration) async throws -> OpenedDatabase {
        guard let location else { return try await demo(readOnly: readOnly) }
        if isPostgresURL(location) { return try await postgres(location, readOnly: readOnly, lockTimeout: lockTimeout) }
        let driver = try await SQLiteDriver.connect(
            path: location, options: readOnly ? .readOnly : [], lockTimeout: lockTimeout)
        return OpenedDatabase(driver: driver, temporaryFolder: nil)
    }

    private init(driver: SQLiteDriver, temporaryFolder: URL?) {
        self.driver = driver
        self.isReadOnly = driver.isReadOnly
        self.temporaryFolder = temporaryFolder
        let path = driver.path
        self.countingConnection = {
            guard let path else { return nil }
            return try await SQLiteDriver.connect(path: path, options: .readOnly)
        }
    }

    private init(driver: any Driver, isReadOnly: Bool, counting: @escaping @Sendable () async throws -> (any Driver)?) {
        self.driver = driver
        self.isReadOnly = isReadOnly
        self.countingConnection = counting
        self.temporaryFolder = nil
    }

    private static func isPostgresURL(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://")
    }

    private static func postgres(_ url: String, readOnly: Bool, lockTimeout: Duration) async throws -> OpenedDatabase {
        #if PostgreSQL
        var configuration = try PostgresConfiguration(url: url)
        configuration.readOnly = readOnly
        configuration.lockTimeout = lockTimeout
        let driver = try await PostgresDriver.connect(configuration)
        return OpenedDatabase(driver: driver, isReadOnly: readOnly) {
            try await PostgresDriver.connect(url: url, readOnly: true)
        }
        #else
        throw OmmiError(
            .cannotOpen,
            "this build opens SQLite files only; for postgres:// URLs build with the PostgreSQL trait "
                + "(swift build --traits PostgreSQL, or ./run.sh with a postgres:// URL)")
        #endif
    }

    private static func demo(readOnly: Bool) async throws -> OpenedDatabase {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ommi-browse-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("blog.sqlite").path
        let builder = try await SQLiteDriver.connect(path: file, options: .create)
        let statements = try DemoDatabase.statements
        try await builder.transaction {
            for sql in statements { try await builder.execute(SQLStatement(sql)) }
        }
        let driver = readOnly ? try await SQLiteDriver.connect(path: file, options: .readOnly) : builder
        return OpenedDatabase(driver: driver, temporaryFolder: folder)
    }

    func discard() {
        if let temporaryFolder { try? FileManager.default.removeItem(at: temporaryFolder) }
    }
}
