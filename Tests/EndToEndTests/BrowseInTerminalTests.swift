import Foundation
import Testing

/// The real `ommi-browse` binary in a real terminal, driven as a person drives it.
@Suite("ommi-browse in a terminal", .serialized)
struct BrowseInTerminalTests {
    /// The shape of the original Python Ommi's blog output: no declared foreign keys, a
    /// composite key on the association table.
    static let blog = [
        #"CREATE TABLE "Post" (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"#,
        #"CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"CREATE TABLE "PostTag" (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id))"#,
        #"INSERT INTO "Post" VALUES (1, 'Ommi is Great'), (2, 'Python Tips')"#,
        #"INSERT INTO "Tag" VALUES (101, 'ommi'), (102, 'python'), (103, 'guide')"#,
        #"INSERT INTO "PostTag" VALUES (1, 101), (1, 103), (2, 102), (2, 103)"#,
    ]

    @Test(
        "Enter, Enter, G, Enter reaches post 1's tags; Esc comes back; Ctrl-c exits 0 and restores the terminal",
        arguments: Backend.all)
    func drillDown(backend: Backend) async throws {
        let database = try await backend.database(Self.blog)
        let terminal = try TmuxTerminal()
        let settings = temporaryPath("stty")
        try terminal.run(
            "stty -g > \(settings).before; \(shellQuoted(BrowserProcess.binary.path)) \(shellQuoted(database.location)); echo \"EXIT=$?\"; stty -g > \(settings).after"
        )
        try terminal.waitFor("model 1 of 3")
        try terminal.press("Enter")
        try terminal.waitFor("row 1 of 2")
        try terminal.press("Enter")
        try terminal.waitFor("Post › #1 Ommi is Great")
        try terminal.press("G")
        try terminal.waitFor("line 4 of 4")
        try terminal.press("Enter")
        let tags = try terminal.waitFor("row 1 of 2")
        #expect(tags.contains("Post › #1 Ommi is Great › tags"))
        #expect(tags.contains("101  ommi"))
        #expect(tags.contains("103  guide"))
        #expect(!tags.contains("python"))
        try terminal.press("Escape")
        let record = try terminal.waitFor { !$0.contains("› tags") }
        #expect(record.contains("line 4 of 4"))
        #expect(record.contains("tags ") && record.contains("⇄ Tag via PostTag (2)"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
        try terminal.waitFor(5) { _ in FileManager.default.fileExists(atPath: settings + ".after") }
        try await Task.sleep(for: .milliseconds(200))
        let before = try String(contentsOfFile: settings + ".before", encoding: .utf8)
        let after = try String(contentsOfFile: settings + ".after", encoding: .utf8)
        #expect(before == after)
    }

    @Test("--open starts at a relation's rows, with the panes before it behind Esc", arguments: Backend.all)
    func openPath(backend: Backend) async throws {
        let database = try await backend.database(Self.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(database.location, "--open Post/2/tags")
        let tags = try terminal.waitFor("102  python")
        #expect(tags.contains("Post › #2 Python Tips › tags"))
        try terminal.press("Escape")
        try terminal.waitFor { !$0.contains("› tags") && $0.contains("Post › #2 Python Tips") }
        try terminal.press("Escape")
        let rows = try terminal.waitFor { !$0.contains("#2 Python Tips ›") && $0.contains("row 2 of 2") }
        #expect(rows.contains("Ommi is Great"))
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
    }

    @Test("a search moves to the row that contains the text, and a filter narrows the rows", arguments: Backend.all)
    func searchAndFilter(backend: Backend) async throws {
        let database = try await backend.database(Self.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(database.location, "--open Tag")
        try terminal.waitFor("row 1 of 3")
        try terminal.type("/guide")
        try terminal.press("Enter")
        try terminal.waitFor("row 3 of 3")
        try terminal.type("fname ~ PYT")
        try terminal.press("Enter")
        let filtered = try terminal.waitFor("row 1 of 1")
        #expect(filtered.contains("Tag [name ~ \"PYT\"]"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("an unset or unknown TERM is one clear line and a non-zero exit")
    func badTerm() async throws {
        let path = try await databaseFile(Self.blog)
        let terminal = try TmuxTerminal()
        let binary = shellQuoted(BrowserProcess.binary.path)
        let status = try Regex(#"RESULT=(\d+)"#)
        try terminal.run("env -u TERM \(binary) \(shellQuoted(path)); printf 'RESULT=%s\\n' $?")
        let unset = try terminal.waitFor { $0.contains(status) }
        #expect(unset.contains("ommi-browse: the TERM environment variable is not set"))
        #expect(!unset.contains("RESULT=0"))
        try terminal.run("clear; TERM=no-such-terminal \(binary) \(shellQuoted(path)); printf 'RESULT=%s\\n' $?")
        let unknown = try terminal.waitFor { $0.contains(status) && !$0.contains("not set") }
        #expect(unknown.contains("ommi-browse: unknown terminal type 'no-such-terminal'"))
        #expect(!unknown.contains("RESULT=0"))
    }

    @Test(
        "SIGTERM, SIGHUP and SIGINT restore the terminal and exit with 128 + the signal",
        arguments: [
            ("TERM", 143), ("HUP", 129), ("INT", 130),
        ])
    func signals(signal: String, status: Int) async throws {
        let path = try await databaseFile(Self.blog, named: "signal-\(signal).sqlite")
        let terminal = try TmuxTerminal()
        let settings = temporaryPath("stty")
        try terminal.run(
            "stty -g > \(settings).before; \(shellQuoted(BrowserProcess.binary.path)) \(shellQuoted(path)); printf 'RESULT=%s\\n' $?; stty -g > \(settings).after"
        )
        try terminal.waitFor("model 1 of 3")
        let killer = try Spawn.run(["pkill", "-\(signal)", "-f", path], output: temporaryPath("pkill.txt"))
        #expect(killer == 0)
        try terminal.waitFor("RESULT=\(status)")
        try terminal.waitFor(5) { _ in FileManager.default.fileExists(atPath: settings + ".after") }
        try await Task.sleep(for: .milliseconds(200))
        #expect(
            try String(contentsOfFile: settings + ".before", encoding: .utf8)
                == String(contentsOfFile: settings + ".after", encoding: .utf8))
    }

    @Test("a storm of resizes down to 1×1 and back leaves a working browser that draws at the final size")
    func resizeStorm() async throws {
        let path = try await databaseFile(Self.blog)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Tag")
        try terminal.waitFor("row 1 of 3")
        for round in 0..<40 {
            let sizes = [(1, 1), (3, 2), (120, 40), (20, 5), (80, 24)]
            let (width, height) = sizes[round % sizes.count]
            try terminal.resize(width: width, height: height)
        }
        try terminal.resize(width: 80, height: 24)
        try terminal.press("j")
        let screen = try terminal.waitFor("row 2 of 3")
        #expect(screen.contains("102  python"))
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("a crash restores the terminal and leaves its message in a log file the user is told about")
    func crash() async throws {
        let path = try await databaseFile(Self.blog, named: "crash.sqlite")
        let terminal = try TmuxTerminal()
        let settings = temporaryPath("stty")
        try terminal.run(
            "stty -g > \(settings).before; \(shellQuoted(BrowserProcess.binary.path)) \(shellQuoted(path)); printf 'RESULT=%s\\n' $?; stty -g > \(settings).after"
        )
        try terminal.waitFor("model 1 of 3")
        _ = try Spawn.run(["pkill", "-SEGV", "-f", path], output: temporaryPath("pkill.txt"))
        let screen = try terminal.waitFor("RESULT=139")
        #expect(screen.contains("crashed with SIGSEGV; details in "))
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-browse-crash.log").path
        #expect(try String(contentsOfFile: log, encoding: .utf8).contains("crashed with SIGSEGV"))
        try terminal.waitFor(5) { _ in FileManager.default.fileExists(atPath: settings + ".after") }
        try await Task.sleep(for: .milliseconds(200))
        #expect(
            try String(contentsOfFile: settings + ".before", encoding: .utf8)
                == String(contentsOfFile: settings + ".after", encoding: .utf8))
    }
}
