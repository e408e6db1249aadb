import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// The mouse in ``update(_:_:)``: a click selects what the view drew under the pointer (a model,
/// a row and its column, a record's line) and focuses its side, a double click opens it as Enter
/// does, the wheel moves the cursor of what is under the pointer, and nothing else takes a click.
///
/// On 80×24 the model list is 20 columns wide and the pane starts at column 21; the breadcrumb is
/// line 0, the pane's header line 1, its first row line 2, the status line 23. Over 30 posts the
/// rows pane lays out `id` at columns 21–24, `title` at 26–32 and `author_id` at 34–44.
@Suite struct UpdateMouseTests {
    static func mouse(_ action: MouseEvent.Action, _ row: Int, _ column: Int) -> Key {
        .mouse(MouseEvent(action, row: row, column: column))
    }

    @Test func aClickSelectsAModelAndADoubleClickOpensIt() {
        var driver = UpdateDriver()
        driver.press(Self.mouse(.click, 3, 4))
        #expect(driver.state.modelCursor == 2)
        #expect(driver.state.panes.isEmpty)
        #expect(driver.state.focus == .models)
        driver.press(Self.mouse(.doubleClick, 2, 4))
        #expect(driver.state.modelCursor == 1)
        #expect(driver.state.current?.title == "Post")
        #expect(driver.state.focus == .pane)
    }

    @Test func aClickOnARowSelectsItAndItsColumnAndFocusesThePane() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.tab)
        #expect(driver.state.focus == .models)
        driver.press(Self.mouse(.click, 5, 28))
        #expect(driver.state.focus == .pane)
        #expect(driver.rows?.cursor == 3)
        #expect(driver.rows?.firstColumn == 1)
        #expect(view(driver.state).lines[23].contains("row 4 of 30"))
    }

    @Test func aClickOnTheHeaderSelectsTheColumnOnly() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.down)
        driver.press(Self.mouse(.click, 1, 36))
        #expect(driver.rows?.firstColumn == 2)
        #expect(driver.rows?.cursor == 1)
    }

    @Test func clicksOnNothingDoNothing() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...3))
        driver.press(.down)
        let before = (driver.state.modelCursor, driver.rows?.cursor, driver.rows?.firstColumn, driver.state.focus)
        // Below the last row, the breadcrumb, the status line, the separator, past the last column.
        let places = [(10, 28), (0, 30), (23, 30), (23, 2), (5, 20), (6, 70), (12, 5)]
        for (row, column) in places {
            #expect(driver.press(Self.mouse(.click, row, column)).isEmpty)
            #expect(driver.press(Self.mouse(.doubleClick, row, column)).isEmpty)
        }
        let after = (driver.state.modelCursor, driver.rows?.cursor, driver.rows?.firstColumn, driver.state.focus)
        #expect(before == after)
        #expect(driver.state.panes.count == 1)
    }

    @Test func aDoubleClickOpensARowThenARecordsRelation() {
        var driver = UpdateDriver()
        driver.openPosts()
        let opened = driver.press(Self.mouse(.doubleClick, 4, 22))
        #expect(driver.record?.row.key == 3)
        #expect(opened.contains { if case .summarizeRelations = $0 { true } else { false } })
        // id, title, author_id, then the relations: author (to-one), tags (many-to-many).
        driver.press(Self.mouse(.click, 2, 30))
        #expect(driver.record?.cursor == 1)
        #expect(driver.state.panes.count == 2)
        driver.press(Self.mouse(.doubleClick, 5, 30))
        #expect(driver.state.panes.count == 3)
        #expect(driver.rows?.relation?.name == "tags")
    }

    @Test func theWheelMovesTheCursorUnderThePointerAFewLinesANotch() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(Self.mouse(.wheelDown, 10, 40), Self.mouse(.wheelDown, 10, 40))
        #expect(driver.rows?.cursor == 6)
        driver.press(Self.mouse(.wheelUp, 3, 60))
        #expect(driver.rows?.cursor == 3)
        driver.press(Self.mouse(.wheelUp, 3, 60), Self.mouse(.wheelUp, 3, 60))
        #expect(driver.rows?.cursor == 0)
        // Over the list it moves the list's cursor, leaving the pane and the focus as they are.
        driver.press(Self.mouse(.wheelDown, 8, 3))
        #expect(driver.state.modelCursor == 3)
        #expect(driver.rows?.cursor == 0)
        #expect(driver.state.focus == .pane)
    }

    @Test func theWheelReadsTheNextWindowOnlyWhenTheCursorNearsItsEnd() throws {
        var driver = UpdateDriver()
        let id = driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        #expect(driver.press(Self.mouse(.wheelDown, 10, 40)).isEmpty)
        var notches = 1
        var read: RowsRequest?
        while read == nil, notches < 40 {
            driver.press(Self.mouse(.wheelDown, 10, 40))
            notches += 1
            for effect in driver.effects {
                if case .loadRows(id, _, let request) = effect { read = request }
            }
        }
        let request = try #require(read)
        #expect(driver.rows?.cursor == notches * 3)
        #expect(request.limit == driver.state.chunkSize)
        if case .after(let last) = request.placement { #expect(last.key == 100) } else { Issue.record("not .after") }
    }

    @Test func theMouseLeavesAnOpenModalAlone() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("/"))
        #expect(driver.state.prompt != nil)
        for action in [MouseEvent.Action.click, .doubleClick, .wheelDown] {
            #expect(driver.press(Self.mouse(action, 5, 28)).isEmpty)
            #expect(driver.press(Self.mouse(action, 2, 4)).isEmpty)
        }
        #expect(driver.state.prompt != nil)
        #expect(driver.rows?.cursor == 0)
        #expect(driver.state.modelCursor == 1)
    }
}
