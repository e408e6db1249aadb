import TerminalUI

/// A line the user is typing at the bottom of the screen: a search or a filter.
public struct Prompt: Sendable, Equatable {
    public enum Purpose: Sendable, Equatable {
        case search
        case filter
        /// A part of a column's name, to put the column cursor on it.
        case column
        /// The file `w` writes the rows to.
        case export
    }

    public var purpose: Purpose
    public var text: String

    public var label: String {
        switch purpose {
        case .search: "/"
        case .filter: "filter: "
        case .column: "column: "
        case .export: "write to (.csv .tsv .json .jsonl): "
        }
    }
}

extension Prompt: ModalComponent {
    public var hints: String { "" }

    /// Draws the line being typed over the status line, and an error about it above.
    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let width = app.size.width
        guard let row = StatusLine.cleared(app, into: &screen) else { return }
        let text = label + self.text.terminalSafe + "▏"
        _ = screen.write(text.tail(fittingWidth: width), row: row, column: 0, maxWidth: width, style: Palette.bar)
        if let message = app.status, message.isError, app.size.height > 2 {
            screen.fill(row: row - 1, column: 0, width: width, height: 1)
            let line = (" " + message.text.terminalSafe).truncated(toWidth: width)
            _ = screen.write(line, row: row - 1, column: 0, maxWidth: width, style: Palette.error)
        }
    }
}
