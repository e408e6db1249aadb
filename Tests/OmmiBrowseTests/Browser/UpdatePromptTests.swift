import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// The line typed after `/` (search) or `f` (filter): editing it, cancelling it, and what
/// submitting it asks for.
@Suite struct UpdatePromptTests {
    /// While a prompt is open, letters are text, not commands: `q` does not quit and `j` does
    /// not move. Backspace deletes, Ctrl-u clears, and Backspace on an empty line closes it.
    @Test func aPromptTakesKeysAsText() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("/"))
        #expect(driver.state.prompt == Prompt(purpose: .search, text: ""))
        #expect(driver.type("jq?").isEmpty)
        #expect(driver.state.prompt?.text == "jq?")
        #expect(driver.state.quitting == false)
        #expect(driver.rows?.cursor == 0)
        driver.press(.backspace)
        #expect(driver.state.prompt?.text == "jq")
        driver.press(.control("u"))
        #expect(driver.state.prompt?.text == "")
        driver.press(.backspace)
        #expect(driver.state.prompt == nil)
    }

    /// Esc cancels a prompt and leaves the pane as it was.
    @Test func escapeCancelsAPrompt() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("/"))
        driver.type("Post 7")
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.state.prompt == nil)
        #expect(driver.rows?.search == nil)
        #expect(driver.state.panes.count == 1)
    }

    /// Enter on a search asks for the first row after the cursor that contains the text, and
    /// remembers the text for `n` (forward) and `N` (backward).
    @Test func submittingASearchAsksForTheNextMatch() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("/"))
        driver.type("Post 7")
        #expect(driver.press(.enter) == [.search(.opened(1), generation: 1, text: "Post 7", forward: true)])
        #expect(driver.state.prompt == nil)
        #expect(driver.rows?.search == "Post 7")
        #expect(driver.press(.character("n")) == [.search(.opened(1), generation: 1, text: "Post 7", forward: true)])
        #expect(driver.press(.character("N")) == [.search(.opened(1), generation: 1, text: "Post 7", forward: false)])
    }

    /// A found row arrives as a jump: the cursor goes to it and the status line says where.
    @Test func aFoundRowMovesTheCursorAndSaysWhere() {
        var driver = UpdateDriver()
        driver.openPosts(rows: BlogSchemas.posts(1...100), exhausted: false)
        driver.press(.character("/"))
        driver.type("Post 250")
        driver.press(.enter)
        var result = RowsResult(
            rows: BlogSchemas.posts(250...349), placement: .jump(anchor: BlogSchemas.posts(250...250)[0]), start: 249,
            exhausted: false, total: nil, labels: [:], cursor: 249)
        result.foundText = "Post 250"
        driver.receive(.rowsLoaded(.opened(1), generation: 1, result))
        #expect(driver.rows?.cursor == 249)
        #expect(driver.rows?.currentRow?.key == 250)
        #expect(driver.state.status == .info("\"Post 250\" found in row 250; n next, N previous"))
    }

    /// A search that finds nothing says so and leaves the cursor alone.
    @Test func aMissedSearchSaysSo() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.down, .character("/"))
        driver.type("nowhere")
        driver.press(.enter)
        driver.receive(.searchMissed(.opened(1), "nowhere"))
        #expect(driver.state.status == .info("no more rows contain \"nowhere\""))
        #expect(driver.rows?.cursor == 1)
    }

    /// `n` before any search asks for one.
    @Test func nextBeforeASearchAsksForOne() {
        var driver = UpdateDriver()
        driver.openPosts()
        #expect(driver.press(.character("n")).isEmpty)
        #expect(driver.state.status == .info("search first: /"))
    }

    /// An empty search does nothing.
    @Test func anEmptySearchDoesNothing() {
        var driver = UpdateDriver()
        driver.openPosts()
        #expect(driver.press(.character("/"), .enter).isEmpty)
        #expect(driver.state.prompt == nil)
        #expect(driver.rows?.search == nil)
    }

    /// A filter that reads becomes the pane's condition and its canonical text; the pane reads
    /// its rows and count again under a new generation.
    @Test func submittingAFilterReloadsThePane() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("f"))
        #expect(driver.state.prompt == Prompt(purpose: .filter, text: ""))
        driver.type("title ~ \"7\" and id > 10")
        let asked = driver.press(.enter)
        #expect(
            asked == [.loadRows(.opened(1), generation: 2, .jump(anchor: nil)), .countRows(.opened(1), generation: 2)])
        #expect(driver.state.prompt == nil)
        #expect(driver.rows?.filterText == "title ~ \"7\" and id > 10")
        #expect(driver.rows?.filter != nil)
        #expect(driver.state.status == .info("filter: title ~ \"7\" and id > 10"))
        guard case .loadRows(_, _, let request)? = driver.effects.first else {
            Issue.record("no read was asked for")
            return
        }
        #expect(request.condition == driver.rows?.filter)
    }

    /// A malformed filter keeps the prompt open with what was typed, changes nothing, and says
    /// what is wrong and at which character.
    @Test func aMalformedFilterKeepsThePromptWithAnError() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("f"))
        driver.type("title ~")
        #expect(driver.press(.enter).isEmpty)
        #expect(driver.state.prompt == Prompt(purpose: .filter, text: "title ~"))
        #expect(driver.state.status == .error("filter: expected a value after \"~\" at 8"))
        #expect(driver.rows?.filter == nil)
        driver.press(.character("x"))
        #expect(driver.state.prompt?.text == "title ~x")
    }

    /// An unknown column is named, with the columns there are.
    @Test func anUnknownColumnIsNamed() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("f"))
        driver.type("titel = 1")
        driver.press(.enter)
        #expect(driver.state.status?.isError == true)
        #expect(driver.state.status?.text.contains("\"titel\" at 1") == true)
        #expect(driver.state.status?.text.contains("title") == true)
    }

    /// `f` again shows the current filter for editing; submitting it empty clears it and reads
    /// all rows again.
    @Test func anEmptyFilterClearsTheFilter() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("f"))
        driver.type("id > 10")
        driver.press(.enter)
        driver.press(.character("f"))
        #expect(driver.state.prompt?.text == "id > 10")
        driver.press(.control("u"))
        let asked = driver.press(.enter)
        #expect(
            asked == [.loadRows(.opened(1), generation: 3, .jump(anchor: nil)), .countRows(.opened(1), generation: 3)])
        #expect(driver.rows?.filter == nil)
        #expect(driver.rows?.filterText == nil)
        #expect(driver.state.status == .info("filter cleared"))
    }

    /// An empty filter when there is none reads nothing.
    @Test func anEmptyFilterWithoutAFilterDoesNothing() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.type("f   ")
        #expect(driver.press(.enter).isEmpty)
        #expect(driver.state.prompt == nil)
    }
}
