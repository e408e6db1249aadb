import Foundation
import Ommi
import OmmiSQLite
import Testing

/// An application that declares its models (`Tests/Fixtures/DeclaredBlog`) opens the browser on
/// them through `ModelCollection.browse(on:options:)`, in a real terminal.
@Suite("Browsing a declared collection in a terminal", .serialized)
struct DeclaredCollectionTests {
    /// The fixture's binary beside the test bundle: `swift build --build-tests` builds both.
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "declared-blog")
    }

    /// Starts the fixture on a new database in `terminal`, then prints `EXIT=` and its status and
    /// runs `then`; returns the database's path.
    static func launch(_ terminal: TmuxTerminal, _ arguments: String = "", then: String = "true") throws -> String {
        let path = temporaryPath("blog.sqlite")
        try terminal.run("\(shellQuoted(binary.path)) \(shellQuoted(path)) \(arguments); echo \"EXIT=$?\"; \(then)")
        return path
    }

    /// The names of the screen's record lines whose value starts with `arrow` (`→`, `←`, `⇄`).
    static func relationNames(_ screen: String, _ arrow: String) -> [String] {
        screen.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: " \(arrow) ") else { return nil }
            return line[..<range.lowerBound].split(separator: " ").last.map(String.init)
        }
    }

    @Test(
        "the record shows the declared names, follows them to the right rows, and a link attached is read back by the app"
    )
    func declaredNamesAndAttach() async throws {
        let terminal = try TmuxTerminal(width: 100, height: 30)
        let settings = SavedTerminalSettings()
        try terminal.run(settings.saveBefore)
        let path = try Self.launch(terminal, "Article/1", then: settings.saveAfter)
        // The record's title is the declared label, `headline`; the writer's is `handle`.
        try terminal.waitFor("Article › #1 Swift at scale")
        try terminal.waitFor("→ Person #1 ada_l")
        let shown = try terminal.waitFor("⇄ Tag via ArticleTag (2)")
        #expect(Self.relationNames(shown, "→").first == "writer")
        #expect(!Self.relationNames(shown, "→").contains("author"))
        #expect(Self.relationNames(shown, "⇄") == ["labels"])

        // writer is the line after the four fields.
        for _ in 0..<4 { try terminal.press("j") }
        try terminal.waitFor("line 5 of")
        try terminal.press("Enter")
        try terminal.waitFor("Article › #1 Swift at scale › writer")
        let writer = try terminal.waitFor("row 1 of 1")
        #expect(writer.contains("ada_l") && !writer.contains("bobby"))

        try terminal.press("Escape")
        try terminal.waitFor { !$0.contains("› writer") }
        try terminal.press("G")
        try terminal.press("Enter")
        try terminal.waitFor("Article › #1 Swift at scale › labels")
        let labels = try terminal.waitFor("row 1 of 2")
        #expect(labels.contains("ommi") && labels.contains("guide") && !labels.contains("swift"))
        try terminal.press("a")
        try terminal.type("swi")
        try terminal.waitFor("#102 swift")
        try terminal.press("Enter")
        try terminal.waitFor("attached 'swift'")
        try terminal.press("C-c")
        // After the browser, the app reads the links through `Article.labels`.
        let after = try terminal.waitFor("EXIT=0")
        #expect(after.contains("labels of article 1: " + ["ommi", "guide", "swift"].sorted().joined(separator: ", ")))
        #expect(try await settings.restored(in: terminal))

        let links = try await Ommi(SQLiteDriver.connect(path: path, options: .readOnly))
        var stored: [[DatabaseValue]] = []
        try await links.driver.query(SQLStatement(#"SELECT "articleID", "tagID" FROM "ArticleTag" ORDER BY 1, 2"#)) {
            row in
            stored.append(row.values)
        }
        #expect(stored.contains([.integer(1), .integer(102)]))
    }

    @Test("a table the app does not declare is listed, marked, browsable, and leads to a declared model")
    func undeclaredTable() throws {
        let terminal = try TmuxTerminal(width: 100, height: 30)
        _ = try Self.launch(terminal)
        let list = try terminal.waitFor("model 1 of 5")
        #expect(list.contains("~Visit"))
        for declared in ["Article", "ArticleTag", "Person", "Tag"] {
            #expect(list.contains(" \(declared) ") && !list.contains("~\(declared) "), "\(declared)")
        }
        try terminal.press("G")
        try terminal.waitFor("model 5 of 5 · ~ not declared by the app")
        try terminal.press("Enter")
        // The reference to a declared model shows its declared label.
        let visits = try terminal.waitFor("row 1 of 2")
        #expect(visits.contains("Ommi in practice") && visits.contains("crawler"))
        try terminal.press("Enter")
        try terminal.waitFor("Visit › #1")
        let record = try terminal.waitFor("→ Article #2 Ommi in practice")
        #expect(Self.relationNames(record, "→") == ["article"])
        try terminal.press("G")
        try terminal.press("Enter")
        try terminal.waitFor("Visit › #1 › article")
        let article = try terminal.waitFor("row 1 of 1")
        #expect(article.contains("Ommi in practice") && !article.contains("Swift at scale"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("read-only: the start pane opens, attaching is refused, and nothing is written")
    func readOnly() throws {
        let terminal = try TmuxTerminal(width: 100, height: 30)
        _ = try Self.launch(terminal, "Article/1/labels --read-only")
        try terminal.waitFor("row 1 of 2")
        try terminal.press("a")
        try terminal.waitFor("read-only")
        try terminal.press("C-c")
        let after = try terminal.waitFor("EXIT=0")
        #expect(after.contains("labels of article 1: " + ["ommi", "guide"].sorted().joined(separator: ", ")))
    }

    @Test(
        "SIGTERM gives the terminal back and ends the app with 128 + the signal; a start pane that names nothing is one line"
    )
    func exitPaths() async throws {
        let terminal = try TmuxTerminal()
        let settings = SavedTerminalSettings()
        try terminal.run(settings.saveBefore)
        let path = try Self.launch(terminal, "Article/1", then: settings.saveAfter)
        try terminal.waitFor("Article › #1 Swift at scale")
        let killer = try Spawn.run(["pkill", "-TERM", "-f", path], output: temporaryPath("pkill.txt"))
        #expect(killer == 0)
        try terminal.waitFor("EXIT=\(128 + SIGTERM)")
        #expect(try await settings.restored(in: terminal))

        _ = try Self.launch(terminal, "Article/9")
        let refused = try terminal.waitFor { $0.split(separator: "\n").contains("EXIT=1") }
        #expect(refused.contains("declared-blog: Article has no row 9"))
    }
}

/// `swift run ommi-example --browse`: the seed example opens the browser on its own models.
@Suite("ommi-example --browse")
struct ExampleBrowseTests {
    @Test("the example's posts, tags and links are browsable, post 1's tags under the declared name")
    func browseTheExample() throws {
        let example = DeclaredCollectionTests.binary.deletingLastPathComponent().appendingPathComponent("ommi-example")
        let terminal = try TmuxTerminal()
        try terminal.run("\(shellQuoted(example.path)) --browse; echo \"EXIT=$?\"")
        try terminal.waitFor("model 1 of 3")
        try terminal.press("Enter")
        try terminal.waitFor("row 1 of 2")
        try terminal.press("Enter")
        try terminal.waitFor("Post › #1 Ommi is Great")
        try terminal.press("G")
        try terminal.press("Enter")
        try terminal.waitFor("Post › #1 Ommi is Great › tags")
        let tags = try terminal.waitFor("row 1 of 2")
        #expect(tags.contains("ommi") && tags.contains("guide") && !tags.contains("python"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }
}

/// The terminal's settings (`stty -g`) saved before a program runs and after it ends, to tell
/// whether it gave the terminal back as it found it.
struct SavedTerminalSettings {
    private let path = temporaryPath("stty")

    /// The shell command that saves the settings before.
    var saveBefore: String { "stty -g > \(path).before" }
    /// The shell command that saves the settings after.
    var saveAfter: String { "stty -g > \(path).after" }

    /// Waits for the settings after to be saved; whether they are those before.
    func restored(in terminal: TmuxTerminal) async throws -> Bool {
        try terminal.waitFor(5) { _ in FileManager.default.fileExists(atPath: path + ".after") }
        try await Task.sleep(for: .milliseconds(200))
        return try String(contentsOfFile: path + ".before", encoding: .utf8)
            == String(contentsOfFile: path + ".after", encoding: .utf8)
    }
}
