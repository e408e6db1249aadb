import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Opening files: what exists opens, what does not is a clear error and is never created.
@Suite struct OpeningTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-sqlite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aMissingFileIsAnErrorAndIsNotCreated() async throws {
        let path = try folder().appendingPathComponent("missing.db").path
        let error = await #expect(throws: OmmiError.self) { try await SQLiteDriver.connect(path: path) }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.message == "no database file at \(path)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func creatingIsAnExplicitOption() async throws {
        let path = try folder().appendingPathComponent("new.db").path
        _ = try await SQLiteDriver.connect(path: path, options: .create)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aDirectoryIsNotADatabase() async throws {
        let path = try folder().path
        let error = await #expect(throws: OmmiError.self) { try await SQLiteDriver.connect(path: path) }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.message.contains("directory") == true)
    }

    @Test func aFileThatIsNotSQLiteIsRejected() async throws {
        let path = try folder().appendingPathComponent("notes.txt").path
        let text = String(repeating: "plain text, not a database\n", count: 100)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let error = await #expect(throws: OmmiError.self) { try await SQLiteDriver.connect(path: path) }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.message.hasSuffix("is not a SQLite database") == true)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func readOnlyConnectionsRefuseWrites() async throws {
        let path = try folder().appendingPathComponent("ro.db").path
        let writer = try await SQLiteDriver.connect(path: path, options: .create)
        try await writer.execute(SQLStatement("CREATE TABLE t (x INTEGER)"))
        let reader = try await SQLiteDriver.connect(path: path, options: .readOnly)
        #expect(reader.isReadOnly)
        let error = await #expect(throws: OmmiError.self) {
            try await reader.execute(SQLStatement("INSERT INTO t VALUES (1)"))
        }
        #expect(error?.kind == .readOnly)
        #expect(error?.sql == "INSERT INTO t VALUES (1)")
    }

    @Test func aLockHeldElsewhereFailsAfterTheBusyTimeoutAndChangesNothing() async throws {
        let path = try folder().appendingPathComponent("locked.db").path
        let holder = try await SQLiteDriver.connect(path: path, options: .create)
        try await holder.execute(SQLStatement("CREATE TABLE t (x INTEGER)"))
        try await holder.execute(SQLStatement("BEGIN IMMEDIATE"))
        let other = try await SQLiteDriver.connect(path: path, lockTimeout: .milliseconds(700))
        let started = ContinuousClock.now
        let error = await #expect(throws: OmmiError.self) {
            try await other.execute(SQLStatement("INSERT INTO t VALUES (1)"))
        }
        #expect(error?.kind == .busy)
        let waited = ContinuousClock.now - started
        #expect(waited >= .milliseconds(600) && waited < SQLiteDriver.defaultLockTimeout)
        try await holder.execute(SQLStatement("ROLLBACK"))
        var count = -1
        try await other.query(SQLStatement("SELECT count(*) FROM t")) { count = try $0.decode(Int.self, at: 0) }
        #expect(count == 0)
    }
}
