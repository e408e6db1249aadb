import TerminalUI

/// The line editing the browser's text fields share: Backspace and Delete remove the last
/// character, `Ctrl-u` clears the line, and a character is typed at its end.
extension String {
    /// Applies `key` to the text when it is an editing key; returns whether it was one.
    mutating func applyEditing(_ key: Key) -> Bool {
        switch key {
        case .backspace, .delete:
            if !isEmpty { removeLast() }
        case .control("u"):
            self = ""
        case .character(let character):
            append(character)
        default:
            return false
        }
        return true
    }
}
