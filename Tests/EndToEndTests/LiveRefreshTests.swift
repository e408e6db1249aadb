import Foundation
import Ommi
import Testing

/// The browser follows other programs' commits with no key pressed, and `--no-watch` turns
/// that off.
@Suite("ommi-browse follows other programs' changes", .serialized)
struct LiveRefreshTests {
    /// How long an outside commit may take to reach the screen.
    static let promptly = 2.0

    /// The model list's entry for `model` with its count (the list is the first 20 columns of
    /// an 80-column screen).
    static func listEntry(_ screen: String, _ model: String) -> String? {
        screen.split(separator: "\n").map { String($0.prefix(20)).trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix(model + " ") }
    }

    @Test(
        "another program's insert, update and delete show by themselves, with the right counts, the cursor on its row",
        arguments: Backend.all)
    func insertUpdateDeleteShowWithoutAKey(backend: Backend) async throws {
        let database = try await backend.database(BrowseInTerminalTests.blog)
        let writer = try await database.connect(false)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(database.location, "--open Tag")
        try terminal.waitFor("row 1 of 3")
        try terminal.press("j")
        try terminal.waitFor("row 2 of 3")

        try await writer.execute(SQLStatement(#"INSERT INTO "Tag" VALUES (104, 'swift')"#))
        let inserted = try terminal.waitFor(Self.promptly) { $0.contains("104  swift") && $0.contains("row 2 of 4") }
        #expect(inserted.contains("1 row changed elsewhere"))
        #expect(Self.listEntry(inserted, "Tag")?.hasSuffix("4") == true)

        try await writer.execute(SQLStatement(#"UPDATE "Tag" SET name = 'snake' WHERE id = 102"#))
        let updated = try terminal.waitFor(Self.promptly) { $0.contains("102  snake") }
        #expect(updated.contains("row 2 of 4"))
        #expect(!updated.contains("python"))

        try await writer.execute(SQLStatement(#"DELETE FROM "Tag" WHERE id = 101"#))
        let deleted = try terminal.waitFor(Self.promptly) { !$0.contains("101  ommi") && $0.contains("row 1 of 3") }
        #expect(deleted.contains("102  snake"))
        #expect(Self.listEntry(deleted, "Tag")?.hasSuffix("3") == true)

        // The cursor stayed on tag 102: Enter opens its record.
        try terminal.press("Enter")
        try terminal.waitFor("Tag › #102 snake")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test(
        "a table created elsewhere joins the model list; a pane of a table dropped elsewhere says so",
        arguments: Backend.all)
    func tablesAddedAndDroppedElsewhere(backend: Backend) async throws {
        let database = try await backend.database(BrowseInTerminalTests.blog)
        let writer = try await database.connect(false)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(database.location, "--open Tag")
        try terminal.waitFor("row 1 of 3")
        try await writer.execute(SQLStatement(#"CREATE TABLE "Author" (id INTEGER PRIMARY KEY, name TEXT)"#))
        try terminal.waitFor(Self.promptly) { Self.listEntry($0, "Author") != nil }
        try await writer.execute(SQLStatement(#"DROP TABLE "Tag""#))
        let dropped = try terminal.waitFor(Self.promptly) { $0.contains("Tag was dropped elsewhere") }
        #expect(Self.listEntry(dropped, "Tag") == nil)
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test(
        "with --no-watch nothing changes on screen until r, which reads rows, counts and the schema again",
        arguments: Backend.all)
    func noWatchWaitsForReload(backend: Backend) async throws {
        let database = try await backend.database(BrowseInTerminalTests.blog)
        let writer = try await database.connect(false)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(database.location, "--no-watch --open Tag")
        try terminal.waitFor("row 1 of 3")
        try await writer.execute(SQLStatement(#"INSERT INTO "Tag" VALUES (104, 'swift')"#))
        try await Task.sleep(for: .seconds(Self.promptly))
        let unchanged = try terminal.screen()
        #expect(!unchanged.contains("swift"))
        #expect(unchanged.contains("row 1 of 3"))
        try terminal.press("r")
        try terminal.waitFor { $0.contains("104  swift") && $0.contains("row 1 of 4") }
        // `r` reads the schema again too: a column and a table added elsewhere appear.
        try await writer.execute(SQLStatement(#"ALTER TABLE "Tag" ADD COLUMN "colour" TEXT"#))
        try await writer.execute(SQLStatement(#"CREATE TABLE "Author" (id INTEGER PRIMARY KEY, name TEXT)"#))
        try await Task.sleep(for: .seconds(Self.promptly))
        #expect(!(try terminal.screen().contains("colour")))
        try terminal.press("r")
        try terminal.waitFor { $0.contains("colour") && Self.listEntry($0, "Author") != nil }
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }
}
