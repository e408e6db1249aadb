import Foundation
import Ommi
import OmmiSQLite

/// A database backend the conformance suite runs against: how to open a fresh, empty database
/// for one test, and the codes the driver reports when a constraint refuses a write.
///
/// Every test of the suite takes its driver from ``all``; a new backend passes the suite by
/// adding one entry there.
struct ConformanceDriver: Sendable, CustomStringConvertible {
    /// The name shown for each test case.
    let name: String
    /// The codes ``OmmiError/code`` carries for constraint violations on this driver.
    let violationCodes: ViolationCodes
    /// Opens a new, empty database that no other test uses.
    let open: @Sendable () async throws -> ConformanceDatabase

    var description: String { name }

    /// Every driver the suite runs against.
    static let all: [ConformanceDriver] = [.sqliteFile, .sqliteMemory]

    /// SQLite in a file of a fresh temporary folder, removed when the test's database goes away.
    static let sqliteFile = ConformanceDriver(name: "SQLite file", violationCodes: .sqlite) {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ommi-conformance-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("conformance.sqlite").path
        let driver = try await SQLiteDriver.connect(path: path, options: .create)
        return ConformanceDatabase(Ommi(driver), folder: folder)
    }

    /// SQLite in memory.
    static let sqliteMemory = ConformanceDriver(name: "SQLite memory", violationCodes: .sqlite) {
        ConformanceDatabase(Ommi(try await SQLiteDriver.connect()))
    }
}

/// The driver's own error codes for the constraint violations the suite provokes.
struct ViolationCodes: Sendable {
    /// A second row with the key of an existing one.
    let primaryKey: Int32
    /// A second row with the value of a column under a unique index.
    let unique: Int32
    /// A reference to a row that does not exist, or removing a row that is still referenced.
    let foreignKey: Int32

    /// SQLite's extended result codes `SQLITE_CONSTRAINT_PRIMARYKEY`, `_UNIQUE` and `_FOREIGNKEY`.
    static let sqlite = ViolationCodes(primaryKey: 1555, unique: 2067, foreignKey: 787)
}
