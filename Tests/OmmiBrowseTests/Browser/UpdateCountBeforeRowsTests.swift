import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// A count that overtakes the rows of the same read waits for them: a row just attached or
/// inserted is drawn with its values as soon as it is known, never as a blank line first.
@Suite struct UpdateCountBeforeRowsTests {
    @Test func aCountArrivingFirstWaitsForTheRows() throws {
        var driver = UpdateDriver()
        let id = driver.openPosts(rows: BlogSchemas.posts(1...3))
        _ = driver.state.reloadRows(id, anchor: nil, recount: true)
        let generation = try #require(driver.rows?.generation)
        let grown = BlogSchemas.posts(1...4)
        driver.receive(.rowsCounted(id, generation: generation, grown.count))
        // Until the rows come, the pane counts only the rows it holds: none is drawn blank.
        #expect(driver.rows?.total != grown.count)
        #expect(driver.rows?.knownCount == driver.rows?.window.end)
        let result = RowsResult(
            rows: grown, placement: .jump(anchor: nil), start: 0, exhausted: false, total: nil, labels: [:], cursor: nil
        )
        driver.receive(.rowsLoaded(id, generation: generation, result))
        #expect(driver.rows?.total == grown.count)
        #expect(driver.rows?.window.rows == grown)
    }

    /// A count that comes when no read is under way is taken at once.
    @Test func aCountAfterTheRowsIsTakenAtOnce() throws {
        var driver = UpdateDriver()
        let id = driver.openPosts(rows: BlogSchemas.posts(1...3))
        #expect(driver.rows?.loading == false)
        let generation = try #require(driver.rows?.generation)
        driver.receive(.rowsCounted(id, generation: generation, 4))
        #expect(driver.rows?.total == 4)
    }
}
