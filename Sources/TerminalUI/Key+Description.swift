extension Key: CustomStringConvertible {
    /// The key as a person would name it in help text and the status line, such as
    /// `Ctrl-c`, `PgDn` or `↑`.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .delete: "Del"
        case .insert: "Ins"
        case .control(let character): "Ctrl-\(character)"
        case .function(let number): "F\(number)"
        case .resize: "Resize"
        case .paste(let text): "a paste of \(text.count) characters"
        case .mouse(let event): event.description
        }
    }
}
