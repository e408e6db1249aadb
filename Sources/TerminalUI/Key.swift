/// One key press, or a paste or use of the mouse, as the browser understands it.
///
/// Terminal backends turn raw input into these values, so the browser's `update` function and
/// its tests never see terminal-specific codes.
public enum Key: Sendable, Hashable {
    /// A printable character, including space; never a control character.
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown
    case home, end
    case enter
    case escape
    case backspace
    case tab
    /// Shift-Tab.
    case backTab
    case delete
    case insert
    /// A control key, named by its caret notation with letters in lowercase:
    /// Ctrl-c is `.control("c")`, Ctrl-\ is `.control("\\")`, Ctrl-@ (Ctrl-Space) is `.control("@")`.
    ///
    /// Ctrl-h, Ctrl-i, Ctrl-j and Ctrl-m arrive as `.backspace`, `.tab` and `.enter`, because
    /// terminals send the same bytes for those keys.
    case control(Character)
    /// A function key: `.function(1)` is F1.
    case function(Int)
    /// The terminal changed size; read the new size from the backend.
    case resize
    /// Text pasted into a terminal that brackets pastes, as one piece: it is typed in one
    /// step however long it is, and its newlines and control characters are text, never keys.
    case paste(String)
    /// A click, double click or wheel notch, from a terminal asked to report the mouse.
    case mouse(MouseEvent)

    /// What the key types into a text field: its character, or the text pasted; nil for keys
    /// that type nothing.
    public var typedText: String? {
        switch self {
        case .character(let character): String(character)
        case .paste(let text): text
        default: nil
        }
    }
}
