import DemoDatabase
import Foundation
import Ommi
import OmmiSQLite

/// The database the command works on: the file given, or the demo built in a temporary folder.
struct OpenedDatabase {
    let driver: SQLiteDriver
    /// The temporary folder of the demo, removed when the command ends.
    let temporaryFolder: URL?

    static func open(path: String?, readOnly: Bool) async throws -> OpenedDatabase {
        if let path {
            return OpenedDatabase(
                driver: try await SQLiteDriver.connect(path: path, options: readOnly ? .readOnly : []),
                temporaryFolder: nil)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-browse-demo-\(UUID().uuidString)")
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

    /// A second, read-only connection to the same file, for counts that may scan a large table.
    func countingConnection() async throws -> SQLiteDriver? {
        guard let path = driver.path else { return nil }
        return try await SQLiteDriver.connect(path: path, options: .readOnly)
    }

    func discard() {
        if let temporaryFolder { try? FileManager.default.removeItem(at: temporaryFolder) }
    }
}
