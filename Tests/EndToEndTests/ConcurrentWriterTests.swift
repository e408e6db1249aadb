import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Other programs write to the file while the browser is open.
@Suite("ommi-browse beside other writers", .serialized)
struct ConcurrentWriterTests {
    @Test("r shows rows another program added, and a row it removed is handled")
    func reloadShowsOtherWrites() async throws {
        let path = try await databaseFile(BrowseInTerminalTests.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Tag")
        try terminal.waitFor("row 1 of 3")
        try terminal.press("G")
        try terminal.waitFor("row 3 of 3")
        let writer = try await SQLiteDriver.connect(path: path)
        try await writer.execute(SQLStatement(#"INSERT INTO "Tag" VALUES (104, 'swift')"#))
        try await writer.execute(SQLStatement(#"DELETE FROM "Tag" WHERE id = 103"#))
        try terminal.press("r")
        // The rows and the count arrive separately; wait for both.
        let reloaded = try terminal.waitFor { $0.contains("104  swift") && $0.contains("of 3") }
        #expect(!reloaded.contains("guide"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("killed with SIGKILL right after an attach, the file is intact and holds the old or the new links, whole")
    func killedDuringAttach() async throws {
        let path = try await databaseFile(BrowseInTerminalTests.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Post/1/tags")
        try terminal.waitFor("row 1 of 2")
        try terminal.press("a")
        try terminal.type("python")
        try terminal.waitFor("#102 python")
        try terminal.press("Enter")
        _ = try Spawn.run(["pkill", "-KILL", "-f", path], output: temporaryPath("pkill.txt"))
        try terminal.waitFor("EXIT=137")
        let driver = try await SQLiteDriver.connect(path: path)
        var check: [DatabaseValue] = []
        try await driver.query(SQLStatement("PRAGMA integrity_check")) { check.append($0.values[0]) }
        #expect(check == [.text("ok")])
        var links: [[DatabaseValue]] = []
        try await driver.query(
            SQLStatement(#"SELECT post_id, tag_id FROM "PostTag" WHERE post_id = 1 ORDER BY tag_id"#)
        ) { links.append($0.values) }
        let old: [[DatabaseValue]] = [[.integer(1), .integer(101)], [.integer(1), .integer(103)]]
        let new: [[DatabaseValue]] = [
            [.integer(1), .integer(101)], [.integer(1), .integer(102)], [.integer(1), .integer(103)],
        ]
        #expect(links == old || links == new)
    }
}
