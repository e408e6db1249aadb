#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import PostgresServer
import Synchronization

/// A database of its own on the test server, built from SQL for one test, with the driver and
/// the `Ommi` that run on it. The database is dropped when the test lets go of the fixture.
struct PostgresFixture {
    let database: PostgresTestDatabase
    let driver: PostgresDriver
    let db: Ommi

    /// A new database in which `statements` have run, in order.
    static func make(_ statements: [String] = []) async throws -> PostgresFixture {
        let database = try await PostgresServer.createDatabase()
        let driver = try await database.connect()
        for sql in statements { try await driver.execute(SQLStatement(sql)) }
        return PostgresFixture(database: database, driver: driver, db: Ommi(driver))
    }

    /// The rows a query returns, each as its values.
    func rows(_ sql: String, _ arguments: [DatabaseValue] = []) async throws -> [[DatabaseValue]] {
        var rows: [[DatabaseValue]] = []
        try await driver.query(SQLStatement(sql, arguments)) { rows.append($0.values) }
        return rows
    }

    /// The statements the driver runs while `body` runs, in order.
    func statements(during body: () async throws -> Void) async throws -> [String] {
        let log = Mutex<[String]>([])
        driver.trace { sql in log.withLock { $0.append(sql) } }
        defer { driver.trace(nil) }
        try await body()
        return log.withLock { $0 }
    }
}
#endif
