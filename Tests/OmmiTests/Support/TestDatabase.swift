import Foundation
import Ommi
import OmmiSQLite
import Synchronization
import Testing

/// Where a test database lives; behaviours are checked on both.
enum Storage: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case memory
    case file

    var testDescription: String { rawValue }
}

/// A database for one test, with its statements counted.
struct TestDatabase {
    let db: Ommi
    let driver: SQLiteDriver
    let path: String?
    private let log: StatementLog

    static func open(_ storage: Storage) async throws -> TestDatabase {
        let driver: SQLiteDriver
        var path: String?
        switch storage {
        case .memory:
            driver = try await SQLiteDriver.connect()
        case .file:
            let file = temporaryPath("db.sqlite")
            path = file
            driver = try await SQLiteDriver.connect(path: file, options: .create)
        }
        let log = StatementLog()
        driver.trace { sql in log.record(sql) }
        return TestDatabase(db: Ommi(driver), driver: driver, path: path, log: log)
    }

    /// The SQL statements run while `body` runs.
    func statements(during body: () async throws -> Void) async throws -> [String] {
        log.reset()
        try await body()
        return log.statements
    }
}

final class StatementLog: Sendable {
    private let entries = Mutex<[String]>([])
    func record(_ sql: String) { entries.withLock { $0.append(sql) } }
    func reset() { entries.withLock { $0 = [] } }
    var statements: [String] { entries.withLock { $0 } }
}

/// A path in a new temporary folder.
func temporaryPath(_ name: String) -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
}
