import Ommi
import Testing

@testable import OmmiBrowse

/// `G` never waits for a count: the last rows are read back from the end and shown at once, the
/// status line says where the cursor is from the end, and the count, when it arrives, puts every
/// position in place.
@Suite struct UpdateJumpEndBeforeCountTests {
    /// Without a count, `G` asks for the last rows and for the count, in that order.
    @Test func lastAsksForTheRowsThenTheCount() {
        var driver = UpdateDriver()
        let id = driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        #expect(driver.rows?.total == nil)
        #expect(driver.press(.character("G")) == [.loadRows(id, generation: 2, .last), .countRows(id, generation: 2)])
    }

    /// With the count known, `G` asks for the last rows only.
    @Test func lastWithACountAsksForTheRowsOnly() throws {
        var driver = UpdateDriver()
        let id = driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        let generation = try #require(driver.rows?.generation)
        driver.receive(.rowsCounted(id, generation: generation, 1_000))
        #expect(driver.press(.character("G")) == [.loadRows(id, generation: generation + 1, .last)])
    }

    /// The last rows arrive before the count: the cursor is on the last row at once, and moves
    /// up among them, counted from the end.
    @Test func theLastRowsAreShownBeforeTheCount() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        driver.press(.character("G"))
        driver.answerLoad(with: BlogSchemas.posts(901...1_000), exhausted: true)
        #expect(driver.rows?.currentRow?.key == 1_000)
        #expect(driver.rows?.positionsFromEnd == true)
        #expect(driver.rows?.position == "last row of …")
        driver.press(.character("k"), .character("k"))
        #expect(driver.rows?.currentRow?.key == 998)
        #expect(driver.rows?.position == "last row − 2 of …")
    }

    /// The count puts the rows, the cursor and the screen at their real positions.
    @Test func theCountPlacesTheRows() throws {
        var driver = UpdateDriver()
        let id = driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        driver.press(.character("G"))
        driver.answerLoad(with: BlogSchemas.posts(901...1_000), exhausted: true)
        driver.press(.character("k"))
        let generation = try #require(driver.rows?.generation)
        driver.receive(.rowsCounted(id, generation: generation, 1_000))
        #expect(driver.rows?.positionsFromEnd == false)
        #expect(driver.rows?.window.start == 900)
        #expect(driver.rows?.cursor == 998)
        #expect(driver.rows?.currentRow?.key == 999)
        #expect(driver.rows?.position == "row 999 of 1,000")
        #expect(driver.rows?.top == 1_000 - 21)
    }

    /// Paging up from the end to the first row before the count arrives places the rows too.
    @Test func reachingTheFirstRowPlacesTheRows() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        driver.press(.character("G"))
        driver.answerLoad(with: BlogSchemas.posts(101...200), exhausted: true)
        let asked = driver.press(.pageUp, .pageUp, .pageUp, .pageUp)
        #expect(asked.contains { if case .loadRows(_, _, .before) = $0 { true } else { false } })
        driver.answerLoad(with: BlogSchemas.posts(1...100), exhausted: true)
        #expect(driver.rows?.positionsFromEnd == false)
        #expect(driver.rows?.window.start == 0)
        #expect(driver.rows?.total == 200)
        #expect(driver.rows?.position == "row \((driver.rows?.cursor ?? 0) + 1) of 200")
        #expect(driver.rows?.currentRow?.key == Int64((driver.rows?.cursor ?? 0) + 1))
    }
}
