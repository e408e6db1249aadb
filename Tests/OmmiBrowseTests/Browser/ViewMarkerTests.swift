import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// What the view shows for things not known exactly, drawn from hand-built states: counts being
/// read, capped or failed, and relations not yet summarized, empty or failing.
@Suite struct ViewMarkerTests {
    /// The model list shows `…` while counting, a capped count with `+`, and `?` when the count
    /// failed, each right-aligned beside the name.
    @Test func modelCountsShowWhatIsKnown() {
        var driver = UpdateDriver()
        _ = driver.state.start()
        driver.receive(.modelCounted("Post", .atLeast(AppState.countCap)))
        driver.receive(.modelCounted("PostTag", .failed))
        driver.receive(.modelCounted("Tag", .exact(1_234)))
        let lines = view(driver.state).lines
        #expect(lines[1].hasPrefix(" Author            …│"))
        #expect(lines[2].hasPrefix(" Post       100,000+│"))
        #expect(lines[3].hasPrefix(" PostTag           ?│"))
        #expect(lines[4].hasPrefix(" Tag           1,234│"))
    }

    /// A record's relations read `…` until summarized; then a to-one relation names its target,
    /// a NULL reference says `(none)`, and a failed summary shows its message.
    @Test func relationSummariesShowWhatIsKnown() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.enter)
        var lines = view(driver.state).lines
        #expect(lines[4].contains("author     → Author …"))
        #expect(lines[5].contains("tags       ⇄ Tag via PostTag (…)"))
        driver.receive(.relationsSummarized(.opened(2), ["author": .target(key: "2", label: "Grace")]))
        driver.receive(.relationsSummarized(.opened(2), ["tags": .failed("no such table: PostTag")]))
        lines = view(driver.state).lines
        #expect(lines[4].contains("author     → Author #2 Grace"))
        #expect(lines[5].contains("tags       ⇄ Tag via PostTag (no such table: PostTag)"))
        driver.receive(.relationsSummarized(.opened(2), ["author": RelationSummary.none]))
        #expect(view(driver.state).lines[4].contains("author     → Author (none)"))
    }

    /// The status line counts rows with thousands separators and says `…` until counted.
    @Test func thePositionIsGroupedAndWaitsForTheCount() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        #expect(view(driver.state).lines[23].hasPrefix(" row 1 of …"))
        driver.receive(.rowsCounted(.opened(1), generation: 1, 1_000_000))
        #expect(view(driver.state).lines[23].hasPrefix(" row 1 of 1,000,000"))
    }

    /// A database without tables says so where the pane would be.
    @Test func anEmptyDatabaseSaysSo() {
        var state = AppState(models: ModelCollection(schemas: []), size: ScreenSize(width: 80, height: 24))
        #expect(update(&state, .key(.enter)).isEmpty)
        let text = view(state).text
        #expect(text.contains("This database has no tables or views."))
        #expect(state.status == .info("this database has no tables or views"))
    }
}
