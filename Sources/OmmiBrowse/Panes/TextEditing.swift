import TerminalUI

/// The line editing the browser's text fields share: Backspace and Delete remove the last
/// character, `Ctrl-u` clears the line, and a character or a whole paste is typed at its end.
extension String {
    /// Applies `key` to the text when it is an editing key; returns whether it was one.
    mutating func applyEditing(_ key: Key) -> Bool {
        switch key {
        case .backspace, .delete:
            if !isEmpty { removeLast() }
        case .control("u"):
            self = ""
        default:
            guard let typed = key.typedText else { return false }
            append(contentsOf: typed)
        }
        return true
    }
}
