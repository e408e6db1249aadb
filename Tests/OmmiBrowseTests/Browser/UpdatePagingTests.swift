import Ommi
import Testing

@testable import OmmiBrowse

/// Moving through rows that are read a window at a time, by keyset: the cursor moves within the
/// window, reads the next rows before it runs out of them, and `g`/`G` jump to either end.
@Suite struct UpdatePagingTests {
    /// At 80×24 a rows pane shows 21 rows, so a page is 21 rows.
    private let page = 21

    /// Moving within the window reads nothing.
    @Test func movingInsideTheWindowReadsNothing() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        #expect(driver.press(.down, .character("j"), .pageDown).isEmpty)
        #expect(driver.rows?.cursor == 2 + page)
        #expect(driver.press(.up, .character("k")).isEmpty)
        #expect(driver.rows?.cursor == page)
    }

    /// Coming within two pages of the window's end asks for the rows after its last row, once:
    /// moving on while that read is under way asks for nothing more.
    @Test func nearingTheEndOfTheWindowReadsTheRowsAfterItsLastRow() {
        var driver = UpdateDriver()
        let rows = BlogSchemas.posts(1...100)
        driver.openPosts(rows: rows, exhausted: false)
        #expect(driver.press(.pageDown, .pageDown).isEmpty)
        #expect(driver.press(.pageDown) == [.loadRows(.opened(1), generation: 1, .after(rows[99]))])
        #expect(driver.press(.pageDown).isEmpty)
        #expect(driver.rows?.cursor == 4 * page)
    }

    /// Asking to move past the rows in memory leaves the cursor on the last of them until the
    /// read arrives, then takes it where it was going.
    @Test func theCursorWaitsAtTheEdgeAndGoesOnWhenRowsArrive() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        driver.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        #expect(driver.rows?.cursor == 99)
        #expect(driver.answerLoad(with: BlogSchemas.posts(101...200), exhausted: false).isEmpty)
        #expect(driver.rows?.cursor == 5 * page)
        #expect(driver.rows?.currentRow?.key == Int64(5 * page + 1))
        #expect(driver.rows?.window.rows.count == 200)
    }

    /// Rows after the window that end the table mark the end: moving further reads nothing.
    @Test func theLastWindowEndsReading() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        driver.press(.pageDown, .pageDown, .pageDown)
        driver.answerLoad(with: BlogSchemas.posts(101...110), exhausted: true)
        #expect(driver.rows?.window.reachesEnd == true)
        #expect(driver.press(Array(repeating: .pageDown, count: 10)).isEmpty)
        #expect(driver.rows?.cursor == 109)
    }

    /// `G` on a window that does not reach the end reads the last rows directly, under a new
    /// generation so that reads still under way are dropped, and the count it does not know yet
    /// beside them; they arrive with their position once it is known.
    @Test func lastReadsTheLastRowsWhenTheWindowDoesNotReachThem() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        #expect(
            driver.press(.character("G")) == [
                .loadRows(.opened(1), generation: 2, .last), .countRows(.opened(1), generation: 2),
            ])
        driver.answerLoad(with: BlogSchemas.posts(901...1_000), start: 900, exhausted: true, total: 1_000)
        #expect(driver.rows?.cursor == 999)
        #expect(driver.rows?.currentRow?.key == 1_000)
        #expect(driver.rows?.total == 1_000)
        #expect(driver.rows?.top == 1_000 - page)
    }

    /// `G` (or End) on a window that holds the last row moves there without reading.
    @Test func lastMovesWithoutReadingWhenTheWindowReachesTheEnd() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...30), exhausted: true)
        #expect(driver.press(.character("G")).isEmpty)
        #expect(driver.rows?.cursor == 29)
        #expect(driver.press(.home).isEmpty)
        #expect(driver.rows?.cursor == 0)
        #expect(driver.press(.end).isEmpty)
        #expect(driver.rows?.cursor == 29)
    }

    /// `g` from a window that does not start at the first row reads the first rows again,
    /// without counting again.
    @Test func firstReadsTheFirstRowsWhenTheWindowIsElsewhere() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        driver.press(.character("G"))
        driver.answerLoad(with: BlogSchemas.posts(901...1_000), start: 900, exhausted: true, total: 1_000)
        #expect(driver.press(.character("g")) == [.loadRows(.opened(1), generation: 3, .jump(anchor: nil))])
        driver.answerLoad(with: BlogSchemas.posts(1...100), exhausted: false)
        #expect(driver.rows?.cursor == 0)
        #expect(driver.rows?.total == 1_000)
    }

    /// Moving up near the start of a window that does not begin at the first row asks for the
    /// rows before its first row.
    @Test func nearingTheStartOfTheWindowReadsTheRowsBeforeIt() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        driver.press(.character("G"))
        let last = BlogSchemas.posts(901...1_000)
        driver.answerLoad(with: last, start: 900, exhausted: true, total: 1_000)
        let asked = driver.press(.pageUp, .pageUp, .pageUp)
        #expect(asked == [.loadRows(.opened(1), generation: 2, .before(last[0]))])
        driver.answerLoad(with: BlogSchemas.posts(801...900), exhausted: false)
        #expect(driver.rows?.window.start == 800)
        #expect(driver.rows?.currentRow?.key == Int64(1_000 - 3 * page))
    }
}
