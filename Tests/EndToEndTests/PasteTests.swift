import Foundation
import Testing

/// Keys that arrive faster than a screen is drawn: a paste and a queue of `j`. Every key
/// waiting is handled before the next drawing, and a paste is one insertion. The times are
/// printed for the record; the tests only require that the result arrives within a bound far
/// above them, so that a loaded machine does not fail them.
@Suite("Pastes and queued keys in a terminal", .serialized)
struct PasteTests {
    static let tags = [
        #"CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) INSERT INTO "Tag" SELECT i, 'tag ' || i FROM n"#,
    ]

    /// Runs `action`, then waits until the screen satisfies `condition`; returns the seconds
    /// that took.
    static func timed(_ terminal: TmuxTerminal, _ action: () throws -> Void, until condition: (String) -> Bool) throws
        -> Double
    {
        let start = Date()
        try action()
        try terminal.waitFor(60, condition)
        return Date().timeIntervalSince(start)
    }

    @Test("a 100,000-character paste into the search line is taken whole, and Ctrl-c after it quits")
    func longPaste() async throws {
        let path = try await databaseFile(Self.tags)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Tag")
        try terminal.waitFor("row 1 of 3,000")
        try terminal.press("/")
        let text = String(repeating: "0123456789", count: 9_999) + "PASTE-END!"
        #expect(text.count == 100_000)
        let seconds = try Self.timed(terminal, { try terminal.paste(text) }, until: { $0.contains("PASTE-END!▏") })
        print("paste of 100,000 characters into the search line: \(String(format: "%.3f", seconds)) s")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("2,000 queued j move the cursor 2,000 rows")
    func queuedKeys() async throws {
        let path = try await databaseFile(Self.tags)
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Tag")
        try terminal.waitFor("row 1 of 3,000")
        let seconds = try Self.timed(
            terminal, { try terminal.type(String(repeating: "j", count: 2_000)) },
            until: { $0.contains("row 2,001 of 3,000") })
        print("2,000 queued j: \(String(format: "%.3f", seconds)) s")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }
}
