/// One item of raw input as a curses backend reads it with `get_wch`: a character or a key code.
///
/// Turning it into a `Key` is a pure function, `Key(_:)`, so the mapping is tested without a
/// terminal.
public enum CursesInput: Sendable, Hashable {
    /// `get_wch` returned `OK`: a character, possibly a control character.
    case character(UInt32)
    /// `get_wch` returned `KEY_CODE_YES`: a curses key code such as `KEY_UP`.
    case keyCode(Int32)
}

extension Key {
    /// The key for a piece of curses input, or nil for input the browser has no use for
    /// (mouse events, keys without a name here, values that are not Unicode scalars).
    public init?(_ input: CursesInput) {
        switch input {
        case .character(let value):
            self.init(cursesCharacter: value)
        case .keyCode(let code):
            self.init(cursesKeyCode: code)
        }
    }

    private init?(cursesCharacter value: UInt32) {
        switch value {
        case 0x0A, 0x0D: self = .enter
        case 0x09: self = .tab
        case 0x08, 0x7F: self = .backspace
        case 0x1B: self = .escape
        case 0x00: self = .control("@")
        case 0x01...0x1A:
            guard let letter = Unicode.Scalar(0x60 + value) else { return nil }
            self = .control(Character(letter))
        case 0x1C: self = .control("\\")
        case 0x1D: self = .control("]")
        case 0x1E: self = .control("^")
        case 0x1F: self = .control("_")
        case 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            self = .character(Character(scalar))
        }
    }

    private init?(cursesKeyCode code: Int32) {
        switch code {
        case CursesKeyCode.up: self = .up
        case CursesKeyCode.down: self = .down
        case CursesKeyCode.left: self = .left
        case CursesKeyCode.right: self = .right
        case CursesKeyCode.home, CursesKeyCode.begin: self = .home
        case CursesKeyCode.end, CursesKeyCode.lowerLeft: self = .end
        case CursesKeyCode.pageUp: self = .pageUp
        case CursesKeyCode.pageDown: self = .pageDown
        case CursesKeyCode.backspace: self = .backspace
        case CursesKeyCode.enter: self = .enter
        case CursesKeyCode.delete: self = .delete
        case CursesKeyCode.insert: self = .insert
        case CursesKeyCode.backTab: self = .backTab
        case CursesKeyCode.resize: self = .resize
        case CursesKeyCode.function0 + 1...CursesKeyCode.function0 + 63:
            self = .function(Int(code - CursesKeyCode.function0))
        default: return nil
        }
    }
}

/// Key codes from ncurses' `curses.h`. They are part of the library's binary interface and
/// have never changed.
enum CursesKeyCode {
    static let down: Int32 = 0o402
    static let up: Int32 = 0o403
    static let left: Int32 = 0o404
    static let right: Int32 = 0o405
    static let home: Int32 = 0o406
    static let backspace: Int32 = 0o407
    static let function0: Int32 = 0o410
    static let delete: Int32 = 0o512
    static let insert: Int32 = 0o513
    static let pageDown: Int32 = 0o522
    static let pageUp: Int32 = 0o523
    static let enter: Int32 = 0o527
    static let lowerLeft: Int32 = 0o533
    static let backTab: Int32 = 0o541
    static let begin: Int32 = 0o542
    static let end: Int32 = 0o550
    static let resize: Int32 = 0o632
    /// The codes the backend defines for the brackets of a paste (`ESC [ 200 ~`, `ESC [ 201 ~`),
    /// above the codes curses uses itself; the C shim defines the same values.
    static let pasteStart: Int32 = 0o2001
    static let pasteEnd: Int32 = 0o2002
    /// The code the backend defines for `ESC [ <`, which opens an SGR mouse report; the C shim
    /// defines the same value.
    static let mouseReport: Int32 = 0o2003
}
