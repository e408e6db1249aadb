import Foundation
import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// A pane reads the start of a long text; the viewer, the editor and a copy read it whole, and no
/// write finds its row by the start alone.
@Suite struct LongTextTests {
    static let long = String(repeating: "0123456789", count: 300) + "END"

    static func database() async throws -> BrowserDatabase {
        try await BrowserDatabase([
            #"CREATE TABLE "Note" (id INTEGER PRIMARY KEY, body TEXT, title TEXT)"#,
            #"INSERT INTO "Note" VALUES (1, '\#(long)', 'first'), (2, 'short', 'second')"#,
        ])
    }

    static func stored(_ database: BrowserDatabase, _ column: String) async throws -> DatabaseValue? {
        var value: DatabaseValue?
        try await database.database.driver.query(SQLStatement(#"SELECT "\#(column)" FROM "Note" WHERE id = 1"#)) {
            value = $0.values.first
        }
        return value
    }

    @Test func thePaneHoldsTheStartAndTheViewerTheWholeText() async throws {
        let database = try await Self.database()
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter)
        let pane = try #require(session.state.current?.rows)
        let shown = pane.window.rows.map { $0.values[1] }
        #expect(shown == [.text(String(Self.long.prefix(ShownRows.textPrefix + 1))), .text("short")])
        #expect(session.screen.text.contains("0123456789012"))
        await session.press(.character("l"), .character("v"))
        let viewer = try #require(session.state.modal as? ValueViewer)
        #expect(viewer.value == .text(Self.long))
        await session.press(.escape, .character("y"))
        #expect(session.takeClipboard() == [Self.long])
    }

    @Test func anEditStartsFromTheWholeText() async throws {
        let database = try await Self.database()
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter, .character("l"), .character("e"))
        let editor = try #require(session.state.modal as? CellEditor)
        #expect(editor.text == Self.long)
        await session.type("!")
        await session.press(.enter)
        #expect(try await Self.stored(database, "body") == .text(Self.long + "!"))
    }

    @Test func anEditOfAnotherFieldKeepsTheLongText() async throws {
        let database = try await Self.database()
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter, .character("l"), .character("l"), .character("e"))
        let editor = try #require(session.state.modal as? CellEditor)
        #expect(editor.text == "first")
        await session.type("!")
        await session.press(.enter)
        #expect(try await Self.stored(database, "title") == .text("first!"))
        #expect(try await Self.stored(database, "body") == .text(Self.long))
    }

    /// Tables without rowids and views have no BLOB handle to read by: SQL cuts their texts.
    @Test func tablesWithoutRowidsAndViewsAreCutBySQL() async throws {
        let database = try await BrowserDatabase([
            #"CREATE TABLE "Keyed" (name TEXT PRIMARY KEY, body TEXT) WITHOUT ROWID"#,
            #"INSERT INTO "Keyed" VALUES ('a', '\#(Self.long)')"#,
            #"CREATE VIEW "Shown" AS SELECT name, body FROM "Keyed""#,
        ])
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter)
        #expect(
            session.state.current?.rows?.window.rows.map { $0.values[1] } == [.text(String(Self.long.prefix(1025)))])
        let view = await database.session()
        await view.press(.down, .enter)
        #expect(view.state.current?.title == "Shown")
        #expect(view.state.current?.rows?.window.rows.map { $0.values[1] } == [.text(String(Self.long.prefix(1025)))])
    }
}
