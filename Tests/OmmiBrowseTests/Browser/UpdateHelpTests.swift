import TerminalUI
import Testing

@testable import OmmiBrowse

/// `?` opens the list of keys; the next key only closes it.
@Suite struct UpdateHelpTests {
    /// `?` (or F1) opens the help from the model list and from a pane, asking for nothing.
    @Test(arguments: [Key.character("?"), Key.function(1)])
    func helpOpens(key: Key) {
        var driver = UpdateDriver()
        #expect(driver.press(key).isEmpty)
        #expect(driver.state.showingHelp)
        driver.press(.escape)
        driver.openPosts()
        driver.press(key)
        #expect(driver.state.showingHelp)
    }

    /// Any key closes the help and does nothing else: `j` does not move, `q` does not quit,
    /// Esc does not go back, Enter does not open.
    @Test(arguments: [Key.character("j"), .character("q"), .escape, .enter, .character("?"), .character("x")])
    func anyKeyClosesTheHelpAndOnlyThat(key: Key) {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("?"))
        #expect(driver.press(key).isEmpty)
        #expect(driver.state.showingHelp == false)
        #expect(driver.state.quitting == false)
        #expect(driver.state.panes.map(\.title) == ["Post"])
        #expect(driver.rows?.cursor == 0)
    }

    /// Every key the help names means a command, so the help never promises a key that does
    /// nothing: single characters, `Ctrl-` keys and the named keys alike.
    @Test func everyKeyTheHelpNamesIsBound() {
        let named: [String: Key] = [
            "↑": .up, "↓": .down, "←": .left, "→": .right, "PgUp": .pageUp, "PgDn": .pageDown, "Home": .home,
            "End": .end, "Enter": .enter, "Esc": .escape, "Backspace": .backspace, "Tab": .tab,
            "Shift-Tab": .backTab, "Space": .character(" "), "F1": .function(1),
        ]
        let tokens = KeyHelp.lines.flatMap { $0.keys.split(separator: " ").map(String.init) }
        #expect(tokens.count >= 30)
        for token in tokens {
            let key: Key
            if let known = named[token] {
                key = known
            } else if token.hasPrefix("Ctrl-"), token.count == 6, let letter = token.last {
                key = .control(letter)
            } else if token.count == 1, let character = token.first {
                key = .character(character)
            } else {
                Issue.record("the help names a key no test knows: \(token)")
                continue
            }
            #expect(Command(key: key) != nil, "\(token)")
        }
    }

    /// Every key that means a command is named by the help, so no key works unannounced: the
    /// keys of all the commands, each found among the help's words.
    @Test func theHelpNamesEveryBoundKey() {
        let named = Set(KeyHelp.lines.flatMap { $0.keys.split(separator: " ").map(String.init) })
        let bound = Keymap.bindings.flatMap { $0.keys.flatMap(\.keys) }
        #expect(bound.count >= 35)
        for key in bound {
            #expect(named.contains(key.description), "\(key) is bound but the help does not name it")
        }
    }

    /// The status line offers no change when the browser is read-only: a many-to-many pane
    /// hints at attach, detach and undo only when writes are allowed, and at filter and sort
    /// always.
    @Test(arguments: [false, true])
    func hintsFollowTheKeymapAndReadOnly(readOnly: Bool) {
        var driver = UpdateEditTests.tagsPane(readOnly: readOnly)
        driver.state.status = nil
        let hints = StatusLine.hints(driver.state)
        for word in ["a attach", "d detach", "u undo"] {
            #expect(hints.contains(word) == !readOnly, "\(word)")
        }
        for word in ["f filter", "s sort", "/ search"] {
            #expect(hints.contains(word), "\(word)")
        }
    }
}
