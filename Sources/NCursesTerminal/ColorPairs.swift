import CNCurses
import TerminalUI

/// The curses colour pairs for the colour combinations drawn so far, defined on first use.
///
/// Only as many pairs are defined as the screen uses, so the palette's combinations fit even in
/// terminals with few pairs; when pairs run out, a style keeps its attributes and loses colour.
struct ColorPairs {
    private let capacity: Int
    private let defaultColors: Bool
    private var pairs: [Colors: Int32] = [:]

    private struct Colors: Hashable {
        let foreground: Color
        let background: Color
    }

    /// Starts colour unless `enabled` is false (for `NO_COLOR`) or the terminal has none.
    init(enabled: Bool) {
        var defaultColors = false
        capacity = enabled ? Int(cnc_start_colors(&defaultColors)) : 0
        self.defaultColors = defaultColors
    }

    /// The pair for a style's colours, 0 for the terminal's defaults or when colour is off.
    mutating func pair(for style: Style) -> Int32 {
        guard capacity > 0, style.foreground != .terminalDefault || style.background != .terminalDefault
        else { return 0 }
        let key = Colors(foreground: style.foreground, background: style.background)
        if let pair = pairs[key] { return pair }
        let pair = Int32(pairs.count + 1)
        guard Int(pair) < capacity,
            cnc_define_pair(
                pair, number(style.foreground, isBackground: false), number(style.background, isBackground: true))
        else { return 0 }
        pairs[key] = pair
        return pair
    }

    /// The curses colour number; without default-colour support, defaults become white on black.
    private func number(_ color: Color, isBackground: Bool) -> Int32 {
        switch color {
        case .terminalDefault: defaultColors ? -1 : (isBackground ? 0 : 7)
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        }
    }
}
