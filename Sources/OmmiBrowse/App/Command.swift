import TerminalUI

/// What a key means, independent of the key: the keymap of DESIGN.md §5.
public enum Command: Sendable, Equatable {
    case up, down, pageUp, pageDown, first, last
    case scrollLeft, scrollRight
    case open, back, quit, quitNow
    case switchFocus
    case startSearch, nextMatch, previousMatch
    case startFilter
    case sort
    case reload
    case help
    case attach, detach, undo

    /// The command a key stands for outside a prompt, if any.
    public init?(key: Key) {
        switch key {
        case .up, .character("k"): self = .up
        case .down, .character("j"): self = .down
        case .pageUp, .control("b"): self = .pageUp
        case .pageDown, .control("f"), .character(" "): self = .pageDown
        case .home, .character("g"): self = .first
        case .end, .character("G"): self = .last
        case .left, .character("h"): self = .scrollLeft
        case .right, .character("l"): self = .scrollRight
        case .enter: self = .open
        case .escape, .backspace: self = .back
        case .character("q"): self = .quit
        case .control("c"): self = .quitNow
        case .tab, .backTab: self = .switchFocus
        case .character("/"): self = .startSearch
        case .character("n"): self = .nextMatch
        case .character("N"): self = .previousMatch
        case .character("f"): self = .startFilter
        case .character("s"): self = .sort
        case .character("r"), .control("l"): self = .reload
        case .character("?"), .function(1): self = .help
        case .character("a"): self = .attach
        case .character("d"): self = .detach
        case .character("u"): self = .undo
        default: return nil
        }
    }
}
