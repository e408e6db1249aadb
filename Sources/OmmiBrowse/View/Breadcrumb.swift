import TerminalUI

/// The first line: where the user is, `Post › #1 Ommi is Great › tags`.
enum Breadcrumb {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        screen.fill(row: 0, column: 0, width: state.size.width, height: 1, style: Palette.bar)
        var parts = state.panes.map { pane -> String in
            if let filter = pane.rows?.filterText { return "\(pane.title) [\(filter)]" }
            return pane.title
        }
        if parts.isEmpty { parts = ["models"] }
        let text = " " + parts.joined(separator: " › ").terminalSafe
        let width = state.size.width
        _ = screen.write(text.tail(fittingWidth: width), row: 0, column: 0, maxWidth: width, style: Palette.bar)
    }
}
