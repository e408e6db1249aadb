import TerminalUI
import Testing

@testable import OmmiBrowse

/// The screen at sizes other than 80×24: what fits is shown, nothing breaks, nothing crashes.
@Suite struct SizeSnapshotTests {
    /// Resized to 40×10 with the cursor on row 12: a narrower list, fewer columns, the rows
    /// scrolled so the cursor stays on screen.
    @Test func resized() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(Array(repeating: Key.down, count: 11))
        session.resize(ScreenSize(width: 40, height: 10))
        await session.finishReads()
        let rows = try #require(session.state.current?.rows)
        #expect(rows.cursor >= rows.top && rows.cursor < rows.top + Layout(session.state.size).visibleRows)
        Snapshot.check(session.screen, named: "resized-40x10.txt")
    }

    /// 10×3: too narrow for the model list, so only the pane: a breadcrumb, a header, a status.
    @Test func tenByThree() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        session.resize(ScreenSize(width: 10, height: 3))
        await session.finishReads()
        Snapshot.check(session.screen, named: "tiny-10x3.txt")
    }

    /// 24×8 on the tags of post 4, titled in Japanese: the breadcrumb gives up its start, not
    /// its end, so the current pane is always named.
    @Test func narrowBreadcrumbKeepsItsEnd() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(.down, .down, .down, .enter, .character("G"), .enter)
        #expect(session.state.panes.map(\.title) == ["Post", "#4 多対多の関係", "tags"])
        session.resize(ScreenSize(width: 24, height: 8))
        await session.finishReads()
        Snapshot.check(session.screen, named: "narrow-breadcrumb-24x8.txt")
    }

    /// The help on 60×12: lines too long end in `…`, and the last line that fits says how many
    /// keys a larger terminal would show.
    @Test func helpOnASmallScreen() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        session.resize(ScreenSize(width: 60, height: 12))
        await session.press(.character("?"))
        Snapshot.check(session.screen, named: "help-60x12.txt")
    }

    /// 1×1: one cell, and keys still work.
    @Test func oneByOne() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        session.resize(ScreenSize(width: 1, height: 1))
        await session.press(.down, .enter, .character("?"), .escape, .escape)
        Snapshot.check(session.screen, named: "tiny-1x1.txt")
        #expect(session.state.panes.count == 1)
    }

    /// Every key on every pane at sizes down to 0×0 draws a screen of exactly that size.
    @Test(arguments: [(0, 0), (1, 1), (2, 2), (10, 3), (39, 5), (40, 4), (200, 60)])
    func anySizeDraws(width: Int, height: Int) async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        session.resize(ScreenSize(width: width, height: height))
        let keys: [Key] = [
            .down, .enter, .character("G"), .enter, .character("?"), .character("x"), .escape, .escape,
            .character("f"), .character("~"), .enter, .escape, .tab, .pageDown,
        ]
        for key in keys {
            await session.press(key)
            let screen = session.screen
            #expect(screen.width == width && screen.height == height)
            Snapshot.checkGrid(screen)
        }
    }
}
