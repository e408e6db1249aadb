/// Bracketed paste: a terminal asked to (``enable``) wraps pasted text in `ESC [ 200 ~` and
/// `ESC [ 201 ~`, which the curses backend reads as the key codes ``CursesKeyCode/pasteStart``
/// and ``CursesKeyCode/pasteEnd``. Gathering what comes between them into one ``Key/paste(_:)``
/// is a pure function of the input, so it is tested without a terminal.
public struct BracketedPaste: Sendable {
    /// Asks the terminal to bracket pastes.
    public static let enable = "\u{1B}[?2004h"
    /// Gives the terminal its plain pastes back.
    public static let disable = "\u{1B}[?2004l"

    /// The text of the paste under way; nil outside a paste.
    private var gathered: String.UnicodeScalarView?

    public init() {}

    /// Whether a paste has begun and not ended.
    public var isGathering: Bool { gathered != nil }

    /// Takes one item of input: returns the key it makes (a whole paste at its end), or nil
    /// while a paste is being gathered and for input that is no key.
    public mutating func take(_ input: CursesInput) -> Key? {
        switch input {
        case .keyCode(CursesKeyCode.pasteStart):
            gathered = String.UnicodeScalarView()
            return nil
        case .keyCode(CursesKeyCode.pasteEnd):
            return finish()
        case .character(let value):
            guard gathered != nil else { return Key(input) }
            if let scalar = Unicode.Scalar(value) { gathered?.append(scalar) }
            return nil
        case .keyCode:
            // A key code inside a paste is a sequence curses recognised in the pasted text;
            // it is not typed.
            return gathered == nil ? Key(input) : nil
        }
    }

    /// Ends a paste the terminal never closed (its end was lost): the text so far, as a paste;
    /// nil when no paste is under way.
    public mutating func finish() -> Key? {
        defer { gathered = nil }
        return gathered.map { .paste(String($0)) }
    }
}
