import Foundation
import Ommi
import OmmiSQLite

#if PostgreSQL
import OmmiPostgres
import PostgresServer
#endif

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
    static let all: [ConformanceDriver] = {
        #if PostgreSQL
        [.sqliteFile, .sqliteReaders, .sqliteMemory, .postgres]
        #else
        [.sqliteFile, .sqliteReaders, .sqliteMemory]
        #endif
    }()

    /// SQLite in a file of a fresh temporary folder, removed when the test's database goes away.
    static let sqliteFile = ConformanceDriver(name: "SQLite file", violationCodes: .sqlite) {
        try await sqliteInNewFolder(readers: 0)
    }

    /// SQLite in a file in WAL mode, with two read-only connections beside the writer.
    static let sqliteReaders = ConformanceDriver(name: "SQLite file with readers", violationCodes: .sqlite) {
        try await sqliteInNewFolder(readers: 2)
    }

    private static func sqliteInNewFolder(readers: Int) async throws -> ConformanceDatabase {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("ommi-conformance-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("conformance.sqlite").path
        let driver = try await SQLiteDriver.connect(path: path, options: .create, readers: readers)
        return ConformanceDatabase(Ommi(driver), folder: folder)
    }

    /// SQLite in memory.
    static let sqliteMemory = ConformanceDriver(name: "SQLite memory", violationCodes: .sqlite) {
        ConformanceDatabase(Ommi(try await SQLiteDriver.connect()))
    }
}

#if PostgreSQL
extension ConformanceDriver {
    /// A database of its own on the PostgreSQL server the `PG*` variables name, dropped when
    /// the test's database goes away.
    static let postgres = ConformanceDriver(name: "PostgreSQL", violationCodes: .postgres) {
        let database = try await PostgresServer.createDatabase()
        return ConformanceDatabase(Ommi(try await database.connect()), keeping: database)
    }
}
#endif

/// The driver's own error codes for the constraint violations the suite provokes.
struct ViolationCodes: Sendable {
    /// A second row with the key of an existing one.
    let primaryKey: String
    /// A second row with the value of a column under a unique index.
    let unique: String
    /// A reference to a row that does not exist, or removing a row that is still referenced.
    let foreignKey: String

    /// SQLite's extended result codes `SQLITE_CONSTRAINT_PRIMARYKEY`, `_UNIQUE` and `_FOREIGNKEY`.
    static let sqlite = ViolationCodes(primaryKey: "1555", unique: "2067", foreignKey: "787")
    /// PostgreSQL's SQLSTATEs `unique_violation` (keys and unique indexes alike) and
    /// `foreign_key_violation`.
    static let postgres = ViolationCodes(primaryKey: "23505", unique: "23505", foreignKey: "23503")

    /// The code of `error` in the form these codes take: the SQLSTATE, or SQLite's result code.
    static func code(of error: OmmiError?) -> String? {
        error.flatMap { $0.sqlState ?? $0.code.map(String.init) }
    }
}
