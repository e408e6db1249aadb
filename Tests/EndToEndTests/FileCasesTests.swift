import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Files as users find them: empty, in WAL mode with a `-wal` file beside them, read-only.
@Suite("ommi-browse on files as they come")
struct FileCasesTests {
    @Test("an empty file is a valid empty database: no models, exit 0, the file left empty")
    func emptyFile() throws {
        let path = temporaryPath("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let outcome = try BrowserProcess.run([path, "--schema"])
        #expect(outcome.status == 0)
        #expect(outcome.output == "no tables or views\n")
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int
        #expect(size == 0)
    }

    @Test("a database in WAL mode shows rows that are still only in its -wal file")
    func walMode() async throws {
        let path = temporaryPath("wal.sqlite")
        let writer = try await SQLiteDriver.connect(path: path, options: .create)
        for sql in [
            "PRAGMA journal_mode = WAL", "PRAGMA wal_autocheckpoint = 0",
            #"CREATE TABLE "Note" (id INTEGER PRIMARY KEY, body TEXT)"#, #"INSERT INTO "Note" VALUES (1, 'in the wal')"#,
        ] {
            try await writer.execute(SQLStatement(sql))
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))
        let outcome = try BrowserProcess.run([path, "--print", "Note"])
        #expect(outcome.status == 0)
        #expect(outcome.output == "id\tbody\n1\tin the wal\n")
    }

    @Test("a path with spaces and Unicode opens like any other")
    func unusualPath() async throws {
        let path = try await databaseFile(BrowseInTerminalTests.blog, named: "my blög — 2 copy.sqlite")
        let outcome = try BrowserProcess.run([path, "--print", "Tag", "--format", "tsv"])
        #expect(outcome.status == 0)
        #expect(outcome.output == "id\tname\n101\tommi\n102\tpython\n103\tguide\n")
    }
}
