import Ommi
import Testing

@testable import OmmiBrowse

/// Reads run off the input path, so their results can arrive late: a result for a pane that was
/// closed, or that was reloaded since the read started, changes nothing.
@Suite struct UpdateStaleResultTests {
    private func result(_ rows: [DynamicRow]) -> RowsResult {
        RowsResult(
            rows: rows, placement: .jump(anchor: nil), start: 0, exhausted: true, total: nil, labels: [:], cursor: nil)
    }

    /// Rows, a count and a failure for a pane closed before they arrived are dropped.
    @Test func resultsForAClosedPaneAreDropped() {
        var driver = UpdateDriver()
        driver.press(.down, .enter, .escape)
        #expect(driver.state.panes.isEmpty)
        #expect(driver.receive(.rowsLoaded(.opened(1), generation: 1, result(BlogSchemas.posts(1...5)))).isEmpty)
        #expect(driver.receive(.rowsCounted(.opened(1), generation: 1, 5)).isEmpty)
        #expect(driver.receive(.failed(.opened(1), "disk I/O error")).isEmpty)
        #expect(driver.receive(.searchMissed(.opened(1), "x")).isEmpty)
        #expect(driver.state.panes.isEmpty)
        #expect(driver.state.status == nil)
    }

    /// A pane's rows that arrive after another model replaced it do not land in the new pane.
    @Test func resultsForAReplacedPaneDoNotReachItsSuccessor() {
        var driver = UpdateDriver()
        driver.press(.down, .enter, .tab, .down, .down, .enter)
        #expect(driver.state.panes.map(\.title) == ["Tag"])
        driver.receive(.rowsLoaded(.opened(1), generation: 1, result(BlogSchemas.posts(1...5))))
        #expect(driver.rows?.window.rows.isEmpty == true)
        #expect(driver.rows?.loading == true)
    }

    /// Rows read before a sort (an older generation of the same pane) are dropped; the rows of
    /// the current generation are placed.
    @Test func resultsOfAnOlderGenerationAreDropped() {
        var driver = UpdateDriver()
        driver.press(.down, .enter)
        #expect(driver.press(.character("s")).first == .loadRows(.opened(1), generation: 2, .jump(anchor: nil)))
        driver.receive(.rowsLoaded(.opened(1), generation: 1, result(BlogSchemas.posts(1...5))))
        driver.receive(.rowsCounted(.opened(1), generation: 1, 5))
        #expect(driver.rows?.window.rows.isEmpty == true)
        #expect(driver.rows?.total == nil)
        #expect(driver.rows?.loading == true)
        driver.receive(.rowsLoaded(.opened(1), generation: 2, result(BlogSchemas.posts(1...3))))
        #expect(driver.rows?.window.rows.map(\.key) == [1, 2, 3])
        #expect(driver.rows?.loading == false)
    }

    /// A relation summary for a record that was closed does not reach the record opened after it.
    @Test func summariesForAClosedRecordAreDropped() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.enter, .escape, .down, .enter)
        driver.receive(.relationsSummarized(.opened(2), ["tags": .count(7)]))
        #expect(driver.record?.summaries.isEmpty == true)
        driver.receive(.relationsSummarized(.opened(3), ["tags": .count(2)]))
        #expect(driver.record?.summaries["tags"] == .count(2))
    }

    /// A failed read of the pane on screen stops its loading and shows the error.
    @Test func aFailureOfTheCurrentPaneIsShown() {
        var driver = UpdateDriver()
        driver.press(.down, .enter)
        driver.receive(.failed(.opened(1), "database is locked"))
        #expect(driver.rows?.loading == false)
        #expect(driver.state.status == .error("database is locked"))
    }
}
