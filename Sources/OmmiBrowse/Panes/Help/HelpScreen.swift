import TerminalUI

/// The `?` overlay: every key and what it does, in a box over the screen. The rows the box
/// spans are cleared across the whole width, so no cut-off piece of the screen below shows
/// beside the box as if it belonged to it. On a screen too small for the list, lines are cut
/// with `…` and the last line that fits says how many more there are.
struct HelpScreen: ModalComponent {
    var hints: String { "any key closes the help " }

    /// Any key closes the help and does nothing else.
    func handle(_ key: Key, in app: inout AppState) -> [Effect] { [] }

    func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let keyWidth = KeyHelp.lines.map(\.keys.displayWidth).max() ?? 0
        let lines = KeyHelp.lines.map { $0.keys.fitted(toWidth: keyWidth) + "  " + $0.action }
        let width = min(screen.width, (lines.map(\.displayWidth).max() ?? 0) + 4)
        let height = min(screen.height, lines.count + 2)
        guard width > 2, height > 2 else { return }
        let left = (screen.width - width) / 2
        let top = (screen.height - height) / 2
        screen.fill(row: top, column: 0, width: screen.width, height: height)
        _ = screen.write(
            "┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: Palette.frame)
        _ = screen.write(" keys ", row: top, column: left + 2, maxWidth: width - 4, style: Palette.header)
        var shown = Array(lines.prefix(height - 2))
        if shown.count < lines.count, let last = shown.indices.last {
            shown[last] = "… \(lines.count - last) more in a larger terminal"
        }
        for (index, line) in shown.enumerated() {
            let y = top + 1 + index
            _ = screen.write("│", row: y, column: left, style: Palette.frame)
            _ = screen.write(line.truncated(toWidth: width - 4), row: y, column: left + 2, maxWidth: width - 4)
            _ = screen.write("│", row: y, column: left + width - 1, style: Palette.frame)
        }
        _ = screen.write(
            "└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left,
            style: Palette.frame)
    }
}
