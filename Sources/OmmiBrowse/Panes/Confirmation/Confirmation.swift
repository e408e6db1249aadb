import TerminalUI

/// A question waiting for `y` before a write; any other key (Enter and Esc included) means no.
public struct Confirmation: Sendable {
    public var question: String
    /// The pane the write is for.
    public var paneID: PaneID
    /// The write a yes makes.
    public var write: RowWrite
    /// What the status line says while the write runs: `detaching…`.
    public var doing: String
    /// What the status line says after a no: `nothing was detached`.
    public var declined: String
}

extension Confirmation: ModalComponent {
    public var hints: String { "" }

    /// Draws the question over the status line, wrapped upwards over the rows above it when it
    /// is longer than the screen is wide, so that what a delete does is read in full.
    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let width = app.size.width
        guard let row = StatusLine.cleared(app, into: &screen) else { return }
        let lines = ValueViewer.wrap(question.terminalSafe, width: max(1, width - 2)).suffix(row + 1)
        for (offset, line) in lines.enumerated() {
            let at = row - lines.count + 1 + offset
            screen.fill(row: at, column: 0, width: width, height: 1, style: Palette.bar)
            _ = screen.write(" " + line, row: at, column: 0, maxWidth: width, style: Palette.bar)
        }
    }

    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        guard key == .character("y") || key == .character("Y") else {
            app.status = .info(declined)
            return []
        }
        app.status = .info(doing)
        return [.write(paneID, write)]
    }
}
