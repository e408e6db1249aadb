import Foundation
import Testing

/// The mouse in the real binary: tmux delivers SGR mouse reports (`ESC [ < button ; column ; row
/// M`, positions from 1) as a terminal does when the program asked for them, and the browser
/// selects, opens and scrolls; with `--no-mouse` it asks for no reports and the same bytes are
/// only keys it has no use for.
@Suite("The mouse in a terminal", .serialized)
struct MouseTests {
    static let blog = [
        #"CREATE TABLE "Post" (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"#,
        #"CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"CREATE TABLE "PostTag" (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id))"#,
        #"INSERT INTO "Post" VALUES (1, 'Ommi is Great'), (2, 'Python Tips')"#,
        #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) INSERT INTO "Tag" SELECT 100 + i, 'tag ' || i FROM n"#,
        #"INSERT INTO "PostTag" VALUES (1, 101), (1, 103), (2, 102), (2, 103)"#,
    ]

    /// The report of a press (`M`) or release (`m`) of `button` at the 1-based `column` and `row`.
    static func report(_ button: Int, column: Int, row: Int, release: Bool = false) -> String {
        "\u{1B}[<\(button);\(column);\(row)\(release ? "m" : "M")"
    }

    /// A click of the left button: its press and its release.
    static func click(column: Int, row: Int) -> String {
        report(0, column: column, row: row) + report(0, column: column, row: row, release: true)
    }

    /// Whether the pane's program asked for mouse reports, standard and SGR: `1 1` or `0 0`.
    static func reporting(_ terminal: TmuxTerminal) throws -> String {
        try terminal.format("#{mouse_standard_flag} #{mouse_sgr_flag}")
    }

    @Test(
        "a click selects a model, a double click opens it, the wheel scrolls, a click selects a row, and quitting turns reporting off"
    )
    func clicksAndWheel() async throws {
        let path = try await databaseFile(Self.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path)
        try terminal.waitFor("model 1 of 3")
        #expect(try Self.reporting(terminal) == "1 1")
        // The list is Post, PostTag, Tag on screen lines 2 to 4 (1-based).
        try terminal.type(Self.click(column: 4, row: 4))
        try terminal.waitFor("model 3 of 3")
        try terminal.type(Self.click(column: 4, row: 2) + Self.click(column: 4, row: 2))
        let posts = try terminal.waitFor("row 1 of 2")
        #expect(posts.contains("Ommi is Great"))
        try terminal.press("Escape")
        try terminal.waitFor("model 1 of 3")
        try terminal.type(Self.click(column: 4, row: 4) + Self.click(column: 4, row: 4))
        try terminal.waitFor("row 1 of 60")
        try terminal.type(Self.report(65, column: 40, row: 12) + Self.report(65, column: 40, row: 12))
        try terminal.waitFor("row 7 of 60")
        try terminal.type(Self.report(64, column: 40, row: 12))
        try terminal.waitFor("row 4 of 60")
        // The pane's header is screen line 2, its rows from line 3: line 8 is the sixth row.
        try terminal.type(Self.click(column: 30, row: 8))
        try terminal.waitFor("row 6 of 60")
        // The double click goes on another cell of the row, which the single click before it does
        // not make a double click of.
        try terminal.type(Self.click(column: 31, row: 8) + Self.click(column: 31, row: 8))
        let record = try terminal.waitFor("Tag › #106 tag 6")
        #expect(record.contains("line 1 of"))
        // A click on the breadcrumb or the status line does nothing.
        try terminal.type(Self.click(column: 30, row: 1) + Self.click(column: 30, row: 24) + "j")
        try terminal.waitFor("line 2 of")
        #expect(try terminal.screen().contains("Tag › #106 tag 6"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
        #expect(try Self.reporting(terminal) == "0 0")
    }

    @Test("a click never answers a question: the delete question stays and nothing is deleted")
    func clickLeavesQuestion() async throws {
        let path = try await databaseFile(Self.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Tag")
        try terminal.waitFor("row 1 of 60")
        try terminal.press("D")
        let question = try terminal.waitFor("(y/n)")
        let lines = question.split(separator: "\n", omittingEmptySubsequences: false)
        // Everywhere on the question's box and around it, single and double.
        for row in [3, 8, 10, 12, 14, 20] {
            for column in [10, 30, 40, 50, 70] {
                try terminal.type(Self.click(column: column, row: row) + Self.click(column: column, row: row))
            }
        }
        try terminal.type(Self.report(65, column: 40, row: 12))
        try await Task.sleep(for: .milliseconds(300))
        #expect(try terminal.screen().split(separator: "\n", omittingEmptySubsequences: false) == lines)
        try terminal.press("n")
        try terminal.waitFor { !$0.contains("(y/n)") }
        try terminal.press("r")
        let after = try terminal.waitFor("row 1 of 60")
        #expect(after.contains("101  tag 1"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test(
        "an application's browse(on:options:) has the mouse unless BrowseOptions.mouse is false",
        arguments: [("", "1 1"), ("--no-mouse", "0 0")])
    func declaredApplication(arguments: String, reporting: String) throws {
        let terminal = try TmuxTerminal(width: 100, height: 30)
        _ = try DeclaredCollectionTests.launch(terminal, arguments)
        try terminal.waitFor("model 1 of 5")
        #expect(try Self.reporting(terminal) == reporting)
        // The list starts Article, ArticleTag, Person: a click on line 4 selects Person when
        // the mouse is the browser's.
        try terminal.type(Self.click(column: 4, row: 4))
        try terminal.waitFor(reporting == "1 1" ? "model 3 of 5" : "does nothing here")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("SIGTERM gives the terminal back with mouse reporting off")
    func signalTurnsReportingOff() async throws {
        let path = try await databaseFile(Self.blog, named: "mouse-signal.sqlite")
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path)
        try terminal.waitFor("model 1 of 3")
        #expect(try Self.reporting(terminal) == "1 1")
        // The database's path is unique to this test, so only its browser gets the signal.
        let killer = try Spawn.run(["pkill", "-TERM", "-f", path], output: temporaryPath("pkill.txt"))
        #expect(killer == 0)
        try terminal.waitFor("EXIT=\(128 + SIGTERM)")
        #expect(try Self.reporting(terminal) == "0 0")
    }

    @Test("with --no-mouse no reports are asked for, and the bytes of a click are keys, not a click")
    func noMouse() async throws {
        let path = try await databaseFile(Self.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--no-mouse")
        try terminal.waitFor("model 1 of 3")
        #expect(try Self.reporting(terminal) == "0 0")
        try terminal.type(Self.click(column: 4, row: 4))
        let screen = try terminal.waitFor("does nothing here")
        #expect(screen.contains("model 1 of 3"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }
}
