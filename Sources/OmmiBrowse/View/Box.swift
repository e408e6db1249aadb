import TerminalUI

/// A box drawn over the screen, with a title on its top border.
enum Box {
    /// Draws an empty box and returns its inner area.
    static func draw(title: String, width: Int, height: Int, into screen: inout ScreenBuffer) -> PaneArea? {
        let width = min(screen.width, width)
        let height = min(screen.height - 2, height)
        guard width > 4, height > 2 else { return nil }
        let left = (screen.width - width) / 2
        let top = max(1, (screen.height - height) / 2)
        screen.fill(row: top, column: left, width: width, height: height)
        _ = screen.write(
            "┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: Palette.frame)
        for line in 1..<(height - 1) {
            _ = screen.write("│", row: top + line, column: left, style: Palette.frame)
            _ = screen.write("│", row: top + line, column: left + width - 1, style: Palette.frame)
        }
        _ = screen.write(
            "└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left,
            style: Palette.frame)
        _ = screen.write(
            " " + title.terminalSafe.truncated(toWidth: width - 6) + " ", row: top, column: left + 2,
            maxWidth: width - 4, style: Palette.header)
        return PaneArea(top: top + 1, left: left + 2, width: width - 4, height: height - 2, focused: true)
    }
}
