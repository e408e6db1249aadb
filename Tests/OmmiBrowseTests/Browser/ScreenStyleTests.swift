import TerminalUI
import Testing

@testable import OmmiBrowse

/// What text snapshots cannot show: which side has the focus, told apart by style.
@Suite struct ScreenStyleTests {
    /// With the pane focused, its cursor row is drawn reversed and the model list's cursor only
    /// underlined; Tab swaps the two.
    @Test func theFocusedCursorIsReversed() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.down, .down, .enter, .down)
        let listWidth = Layout(session.state.size).listWidth
        let postLine = 3
        let cursorLine = 3
        var screen = session.screen
        #expect(screen[postLine, 1]?.style.reverse == false)
        #expect(screen[postLine, 1]?.style.underline == true)
        #expect(screen[cursorLine, listWidth + 1]?.style.reverse == true)
        #expect(screen[cursorLine + 1, listWidth + 1]?.style.reverse == false)
        await session.press(.tab)
        screen = session.screen
        #expect(screen[postLine, 1]?.style.reverse == true)
        #expect(screen[cursorLine, listWidth + 1]?.style.reverse == false)
    }

    /// A malformed filter's message is drawn as an error, apart from the prompt.
    @Test func aFilterErrorIsStyledAsAnError() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.down, .down, .enter, .character("f"))
        await session.type("id >")
        await session.press(.enter)
        let screen = session.screen
        let messageRow = screen.height - 2
        #expect(screen.lines[messageRow].contains("expected a value"))
        #expect(screen[messageRow, 1]?.style.foreground == .red)
        #expect(screen[screen.height - 1, 0]?.style.foreground != .red)
    }
}
