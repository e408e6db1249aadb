import Ommi
import OmmiSQLite

/// The comparisons on SQLite: every database is a write-ahead-logged file in the run's folder,
/// the raw contender is the bare C API (``RawDatabase``).
struct SQLiteEngine: BenchEngine {
    static let sql = BenchSQL.sqlite
    static let target: Double? = nil
    let folder: BenchFolder

    func create(_ stem: String, _ data: BenchData) async throws -> String {
        let path = folder.newPath(stem)
        try await createTables(path, data.models)
        let raw = try RawDatabase(path: path)
        try raw.exec("BEGIN")
        for statement in data.statements { try raw.exec(statement) }
        try raw.exec("COMMIT")
        return path
    }

    /// A new file with the collection's tables, closed again before the rows are written.
    private func createTables(_ path: String, _ models: ModelCollection) async throws {
        let driver = try await SQLiteDriver.connect(path: path, options: .create)
        try await driver.execute(SQLStatement("PRAGMA journal_mode = WAL"))
        try await models.setup(on: Ommi(driver))
    }

    func remove(_ path: String) async {
        folder.remove(path)
    }

    func connectORM(_ path: String) async throws -> any TracingDriver {
        let driver = try await SQLiteDriver.connect(path: path)
        try await driver.execute(SQLStatement(Self.synchronous))
        return driver
    }

    func connectRaw(_ path: String) async throws -> RawDatabase {
        let database = try RawDatabase(path: path)
        try database.exec(Self.synchronous)
        return database
    }

    /// Both contenders run with the same durability setting on the same write-ahead-logged file.
    static let synchronous = "PRAGMA synchronous = NORMAL"
}

/// The driver closes its file when it is released; there is nothing to do before.
extension SQLiteDriver: TracingDriver {
    public func close() async {}
}
