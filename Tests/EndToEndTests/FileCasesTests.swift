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
            #"CREATE TABLE "Note" (id INTEGER PRIMARY KEY, body TEXT)"#,
            #"INSERT INTO "Note" VALUES (1, 'in the wal')"#,
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

    @Test("a file that cannot be read is one clear line and a non-zero exit")
    func unreadable() async throws {
        let path = try await databaseFile(BrowseInTerminalTests.blog, named: "secret.sqlite")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        let outcome = try BrowserProcess.run([path, "--schema"], unprivileged: true)
        #expect(outcome.status != 0)
        #expect(outcome.errors == "ommi-browse: \(path) cannot be read (permission denied)\n")
    }

    @Test("a file that can be read but not written browses, and refuses changes with a reason")
    func readOnlyFile() async throws {
        let path = try await databaseFile(BrowseInTerminalTests.blog, named: "shared.sqlite")
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let printed = try BrowserProcess.run([path, "--print", "Post/1/tags"], unprivileged: true)
        #expect(printed.output == "id\tname\n101\tommi\n103\tguide\n")
        let terminal = try TmuxTerminal()
        let command = BrowserProcess.commandAsUnprivilegedUser.map(shellQuoted).joined(separator: " ")
        try terminal.run("\(command) \(shellQuoted(path)) --open Post/1/tags; echo \"EXIT=$?\"")
        try terminal.waitFor("row 1 of 2")
        try terminal.press("a")
        try terminal.waitFor("read-only")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a file cut short whose schema cannot be read is one clear line, not a crash, and is left as it was")
    func truncated() async throws {
        let path = try await databaseFile(
            BrowseInTerminalTests.blog
                + (0..<200).map { #"CREATE TABLE "t\#($0)" (id INTEGER PRIMARY KEY, name TEXT)"# },
            named: "cut.sqlite")
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let cut = whole.prefix(whole.count / 3)
        try cut.write(to: URL(fileURLWithPath: path))
        let outcome = try BrowserProcess.run([path, "--schema"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.hasPrefix("ommi-browse: "))
        #expect(outcome.errors.filter { $0 == "\n" }.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == cut)
    }
}
