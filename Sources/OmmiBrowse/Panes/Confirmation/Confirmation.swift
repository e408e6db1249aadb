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

    /// Draws the question over the status line.
    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let width = app.size.width
        guard let row = StatusLine.cleared(app, into: &screen) else { return }
        let text = " " + question.terminalSafe
        _ = screen.write(text.truncated(toWidth: width), row: row, column: 0, maxWidth: width, style: Palette.bar)
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
