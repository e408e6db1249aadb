import TerminalUI
import Testing

@testable import OmmiBrowse

/// Text that could break a terminal or its grid, read from SQLite and drawn: tabs, newlines and
/// carriage returns, escape sequences, invalid UTF-8, CJK, emoji, combining marks, bidi
/// overrides, NULL, a BLOB and 100 KB of text.
@Suite struct HostileTextSnapshotTests {
    /// The models are Author, Comment, Hostile, ...: Hostile is the third.
    private func hostileRows() async throws -> (BrowserDatabase, BrowserSession) {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        let session = await database.session()
        await session.press(.down, .down, .enter)
        #expect(session.state.current?.title == "Hostile")
        return (database, session)
    }

    /// Every hostile value in one table: control characters as visible symbols, wide characters
    /// and emoji two columns each, NULL as a marker, the BLOB as its size, the long text cut.
    @Test func hostileRowsStayInTheGrid() async throws {
        let (database, session) = try await hostileRows()
        defer { database.remove() }
        Snapshot.check(session.screen, named: "hostile-text.txt")
    }

    /// The escape sequence's record, whose title and value both carry the hostile text.
    @Test func hostileRecord() async throws {
        let (database, session) = try await hostileRows()
        defer { database.remove() }
        await session.press(.down, .down, .down, .enter)
        #expect(session.state.current?.record?.row.values.first == .integer(4))
        Snapshot.check(session.screen, named: "hostile-record.txt")
    }

    /// The 100 KB text's record: the value is cut at the edge of the screen with `…`.
    @Test func longTextRecord() async throws {
        let (database, session) = try await hostileRows()
        defer { database.remove() }
        await session.press(Array(repeating: Key.down, count: 11) + [.enter])
        #expect(session.state.current?.record?.row.values.first == .integer(12))
        Snapshot.check(session.screen, named: "hostile-long-text.txt")
    }

    /// No escape character reaches the screen: the ESC of `\e[31m` is drawn as `␛`.
    @Test func escapeSequencesAreShownNotObeyed() async throws {
        let (database, session) = try await hostileRows()
        defer { database.remove() }
        let text = session.screen.text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains("␛[31mred␛[0m"))
        #expect(text.contains("a␉b"))
        #expect(text.contains("first␊second"))
        #expect(text.contains("over␍written"))
    }

    /// NULL and the text "NULL" read the same but do not look the same: NULL is dim, the text
    /// is plain. A BLOB is dim too, so it cannot be taken for text.
    @Test func nullIsDistinctFromTheTextNull() async throws {
        let (database, session) = try await hostileRows()
        defer { database.remove() }
        let screen = session.screen
        let null = try #require(style(of: "NULL", inRowWithID: 9, screen))
        let text = try #require(style(of: "NULL", inRowWithID: 10, screen))
        let blob = try #require(style(of: "[3 B]", inRowWithID: 11, screen))
        #expect(null.dim)
        #expect(!text.dim)
        #expect(blob.dim)
    }

    /// The style of the first cell of `text` in the screen row of the row with key `id`, when
    /// the first rows are shown: the breadcrumb and the header come first, so `id` 1 is on the
    /// third line.
    private func style(of text: String, inRowWithID id: Int, _ screen: ScreenBuffer) -> Style? {
        let line = screen.lines[id + 1]
        guard line.contains("│\(id) "), let range = line.range(of: text) else { return nil }
        return screen[id + 1, line[..<range.lowerBound].displayWidth]?.style
    }
}
