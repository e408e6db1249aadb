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
    case frequency
    case console
    case pathFilter
    case export

    /// Where a line or page step moves a cursor at `from`, with `page` lines to a page; nil for
    /// any other command.
    func step(from: Int, page: Int) -> Int? {
        switch self {
        case .up: from - 1
        case .down: from + 1
        case .pageUp: from - page
        case .pageDown: from + page
        default: nil
        }
    }

    /// The command a key stands for outside a modal, if any.
    public init?(key: Key) {
        guard let command = Keymap.command(for: key) else { return nil }
        self = command
    }
}
