import TerminalUI

/// What a key means, independent of the key; ``Keymap`` says which key means which.
public enum Command: Sendable, Hashable {
    case up, down, pageUp, pageDown, first, last
    case scrollLeft, scrollRight
    case open, back, quit, quitNow
    case switchFocus
    case startSearch, nextMatch, previousMatch
    case startFilter
    case sort
    case reload
    case help
    case attach, detach, undo, redo
    case edit, insert, delete
    case jumpToColumn
    case view, copyCell, copyRow
    case export

    /// The command a key stands for outside a modal, if any.
    public init?(key: Key) {
        guard let command = Keymap.command(for: key) else { return nil }
        self = command
    }
}
