import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Sorting by the first shown column, scrolling columns with `h`/`l`, and keeping what is
/// scrolled in range when the screen changes size.
@Suite struct UpdateSortScrollTests {
    private func sortKey(_ column: String, descending: Bool) -> SortKey {
        SortKey(ColumnRef(table: "Post", column: column), descending: descending)
    }

    /// `s` sorts by the first shown column ascending, again descending, again ascending; each
    /// time the pane reads its first rows again under a new generation, without counting again.
    @Test func sortTogglesTheDirectionOfTheFirstShownColumn() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.receive(.rowsCounted(.opened(1), generation: 1, 30))
        #expect(driver.press(.character("s")) == [.loadRows(.opened(1), generation: 2, .jump(anchor: nil))])
        #expect(driver.rows?.sort == sortKey("id", descending: false))
        #expect(driver.state.status == .info("sorted by id ascending"))
        driver.press(.character("s"))
        #expect(driver.rows?.sort == sortKey("id", descending: true))
        #expect(driver.state.status == .info("sorted by id descending"))
        #expect(driver.rows?.order.first == sortKey("id", descending: true))
        driver.press(.character("s"))
        #expect(driver.rows?.sort == sortKey("id", descending: false))
    }

    /// After scrolling right, `s` sorts by the column now shown first, starting ascending, and
    /// the key follows it in the order so every row keeps one place.
    @Test func sortFollowsHorizontalScrolling() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("s"), .character("s"), .character("l"))
        driver.press(.character("s"))
        #expect(driver.rows?.sort == sortKey("title", descending: false))
        #expect(driver.rows?.order == [sortKey("title", descending: false), sortKey("id", descending: false)])
        guard case .loadRows(_, _, let request)? = driver.effects.first else {
            Issue.record("sorting read nothing")
            return
        }
        #expect(request.order == driver.rows?.order)
    }

    /// `l` and `h` (and the arrows) scroll one column at a time and stop at the first and last
    /// columns; scrolling reads nothing.
    @Test func scrollingStopsAtTheFirstAndLastColumns() {
        var driver = UpdateDriver()
        driver.openPosts()
        #expect(driver.press(.character("h")).isEmpty)
        #expect(driver.rows?.firstColumn == 0)
        #expect(driver.press(.character("l"), .right).isEmpty)
        #expect(driver.rows?.firstColumn == 2)
        driver.press(.character("l"))
        #expect(driver.rows?.firstColumn == 2)
        driver.press(.left)
        #expect(driver.rows?.firstColumn == 1)
    }

    /// Shrinking the screen moves the rows pane's first shown row so the cursor stays on
    /// screen, and reads nothing for the pane.
    @Test func shrinkingKeepsTheRowCursorOnScreen() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(Array(repeating: .down, count: 20))
        #expect(driver.rows?.top == 0)
        driver.receive(.resized(ScreenSize(width: 40, height: 10)))
        let visible = Layout(driver.state.size).visibleRows
        #expect(visible == 7)
        #expect(driver.rows?.top == 20 - visible + 1)
        #expect(driver.rows?.cursor == 20)
    }

    /// Shrinking the screen scrolls the model list to keep its cursor on screen, and growing
    /// it asks for counts of the models that came into view.
    @Test func resizingScrollsTheModelListAndCountsWhatComesIntoView() {
        var driver = UpdateDriver(size: ScreenSize(width: 80, height: 4))
        #expect(driver.state.start().map(Asked.init) == [.countModel("Author"), .countModel("Post")])
        driver.press(.down, .down, .down)
        #expect(driver.state.modelCursor == 3)
        #expect(driver.state.modelTop == 2)
        driver.receive(.resized(ScreenSize(width: 80, height: 3)))
        #expect(driver.state.modelTop == 3)
    }

    /// Every size down to nothing keeps every measure of the layout at zero or more, and update
    /// keeps working after it.
    @Test(arguments: [(0, 0), (1, 1), (10, 3), (39, 24), (40, 2)])
    func tinySizesKeepTheLayoutSound(width: Int, height: Int) {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.down, .down)
        driver.receive(.resized(ScreenSize(width: width, height: height)))
        let layout = Layout(driver.state.size)
        #expect(layout.bodyHeight >= 0)
        #expect(layout.paneWidth >= 0)
        #expect(layout.listWidth >= 0)
        #expect(driver.rows?.top ?? -1 >= 0)
        #expect(driver.rows.map { $0.cursor >= $0.top && $0.cursor < $0.top + layout.visibleRows } == true)
        driver.press(.pageDown)
        #expect(driver.rows?.cursor == 2 + layout.visibleRows)
    }
}
