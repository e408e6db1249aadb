import Foundation
import Testing

/// Another program replaces the database file under the browser: `r` opens the new file.
@Suite("ommi-browse on a file replaced while open")
struct ReplacedFileInTerminalTests {
    @Test("r after the file was replaced shows the new file's rows and says why")
    func rOpensTheNewFile() async throws {
        let path = try await databaseFile(BrowseInTerminalTests.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--no-watch --open Tag")
        try terminal.waitFor("row 1 of 3")
        let replacement = try await databaseFile(
            BrowseInTerminalTests.blog + [#"INSERT INTO "Tag" VALUES (104, 'swift')"#], named: "new.sqlite")
        #expect(rename(replacement, path) == 0)
        try terminal.press("r")
        let reopened = try terminal.waitFor("104  swift")
        #expect(reopened.contains("the database file was replaced since it was opened"))
        #expect(reopened.contains("row 1 of 4"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }
}
