import TerminalUI
import Testing

@testable import OmmiBrowse

/// Going back, quitting and moving focus: Esc and Backspace pop a pane and restore the one below
/// as it was, `q` pops and quits only from the first pane, Ctrl-c quits from anywhere, and Tab
/// moves between the model list and the pane.
@Suite struct UpdateNavigationTests {
    /// Esc from a record returns to its rows with the cursor on the row that was opened, and
    /// reads nothing again: the pane below kept its window.
    @Test func escapeRestoresThePreviousPaneWithItsCursor() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.down, .down, .down, .down, .enter)
        #expect(driver.record != nil)
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.state.panes.map(\.title) == ["Post"])
        #expect(driver.rows?.cursor == 4)
        #expect(driver.rows?.window.rows.count == 30)
    }

    /// Backspace goes back like Esc, through every pane, and leaves the focus on the model list
    /// with its cursor where it was.
    @Test func backspaceWalksBackToTheModelList() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.enter, .down, .down, .down, .down, .enter)
        #expect(driver.state.panes.count == 3)
        driver.press(.backspace)
        #expect(driver.record?.cursor == 4)
        driver.press(.backspace, .backspace)
        #expect(driver.state.panes.isEmpty)
        #expect(driver.state.focus == .models)
        #expect(driver.state.modelCursor == 1)
    }

    /// `q` on a record pops it; on the first pane it quits.
    @Test func quitPopsUntilTheFirstPane() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.enter)
        #expect(driver.press(.character("q")).isEmpty)
        #expect(driver.state.panes.count == 1)
        #expect(driver.state.quitting == false)
        #expect(driver.press(.character("q")) == [.quit])
        #expect(driver.state.quitting)
    }

    /// `q` on the model list quits.
    @Test func quitFromTheModelListQuits() {
        var driver = UpdateDriver()
        #expect(driver.press(.character("q")) == [.quit])
        #expect(driver.state.quitting)
    }

    /// Ctrl-c quits at once from a deep pane, from a prompt where `q` would be typed, and from
    /// the help where any other key only closes it.
    @Test(arguments: [
        [Key](),
        [.character("/"), .character("a")],
        [.character("?")],
    ])
    func controlCQuitsFromAnywhere(before: [Key]) {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.enter, .down, .down, .down, .down, .enter)
        driver.press(before)
        #expect(driver.press(.control("c")) == [.quit])
        #expect(driver.state.quitting)
    }

    /// Tab moves the focus to the model list and back; while the list has it, movement keys
    /// move the list's cursor and leave the pane's alone.
    @Test func tabMovesFocusBetweenTheListAndThePane() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.down)
        #expect(driver.press(.tab).isEmpty)
        #expect(driver.state.focus == .models)
        driver.press(.down)
        #expect(driver.state.modelCursor == 2)
        #expect(driver.rows?.cursor == 1)
        driver.press(.backTab)
        #expect(driver.state.focus == .pane)
        driver.press(.down)
        #expect(driver.rows?.cursor == 2)
        #expect(driver.state.modelCursor == 2)
    }

    /// With no pane open, Tab keeps the focus on the model list.
    @Test func tabWithoutAPaneStaysOnTheList() {
        var driver = UpdateDriver()
        driver.press(.tab)
        #expect(driver.state.focus == .models)
    }

    /// The model list's cursor stops at both ends.
    @Test func theModelCursorStopsAtTheEnds() {
        var driver = UpdateDriver()
        driver.press(.up)
        #expect(driver.state.modelCursor == 0)
        driver.press(.character("G"))
        #expect(driver.state.modelCursor == 3)
        driver.press(.down, .pageDown)
        #expect(driver.state.modelCursor == 3)
        driver.press(.character("g"))
        #expect(driver.state.modelCursor == 0)
    }

    /// A key with no meaning changes nothing and says so.
    @Test func anUnknownKeySaysItDoesNothing() {
        var driver = UpdateDriver()
        driver.openPosts()
        #expect(driver.press(.function(9)).isEmpty)
        #expect(driver.rows?.cursor == 0)
        #expect(driver.state.status?.text.contains("does nothing") == true)
    }
}
