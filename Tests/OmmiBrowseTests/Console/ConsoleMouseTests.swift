import Ommi
import OmmiBrowse
import TerminalUI
import Testing

/// The mouse on a console statement's rows, on a real SQLite file: a click selects a row and its
/// column as on a model's rows, and the wheel pages through the statement's cursor, reading the
/// rows it reaches.
@Suite struct ConsoleMouseTests {
    @Test func aClickSelectsARowAndTheWheelReadsOn() async throws {
        let database = try await BrowserDatabase(ConsoleSessionTests.numbers)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.character(":"))
        await session.type(#"SELECT "id", "name" FROM "Number" ORDER BY "id""#)
        await session.press(.enter)
        var pane = try #require(session.state.current?.content as? StatementRowsPane)
        #expect(pane.table.cursor == 0)
        // The pane starts at column 21 with its header on line 1: `id` at 21–24, `name` from 26.
        await session.press(.mouse(MouseEvent(.click, row: 4, column: 28)))
        pane = try #require(session.state.current?.content as? StatementRowsPane)
        #expect(pane.table.currentRow?.values == [.integer(3), .text("number 3")])
        #expect(pane.table.firstColumn == 1)
        for _ in 0..<100 { await session.press(.mouse(MouseEvent(.wheelDown, row: 10, column: 40))) }
        pane = try #require(session.state.current?.content as? StatementRowsPane)
        #expect(pane.table.currentRow?.values == [.integer(303), .text("number 303")])
        #expect(pane.table.window.rows.count < 500)
    }
}
