import TerminalUI

/// The SQL console (`:`): a line for one statement, with the statements typed before recalled
/// by Up and Down. A statement that returns rows opens them in a read-only rows pane; one that
/// may change the database waits in ``pending`` for `y`.
public struct Console: Sendable, Equatable {
    public var text = ""
    /// Earlier statements for this database, oldest first.
    public var history: [String]
    /// The statement of ``history`` shown by Up and Down; nil while typing a new one.
    var recalled: Int?
    /// What was typed before Up recalled an earlier statement, given back by Down.
    var draft = ""
    /// A statement that may change the database, waiting for `y`.
    public var pending: ConsoleStatement?

    public init(history: [String]) {
        self.history = history
    }

    /// Up (`older`) or Down: the previous or next statement of the history, and after the newest
    /// the text that was being typed.
    mutating func recall(older: Bool) {
        guard !history.isEmpty else { return }
        if older {
            if recalled == nil { draft = text }
            let index = max(0, (recalled ?? history.count) - 1)
            recalled = index
            text = history[index]
        } else if let index = recalled {
            if index + 1 < history.count {
                recalled = index + 1
                text = history[index + 1]
            } else {
                recalled = nil
                text = draft
            }
        }
    }
}

extension Console: ModalComponent {
    public var hints: String {
        pending == nil ? "Enter run  ↑↓ history  Esc close " : ""
    }

    /// Draws the line being typed (or the question about a change) over the status line, and an
    /// error about it above.
    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let width = app.size.width
        guard let row = StatusLine.cleared(app, into: &screen) else { return }
        let line: String
        if let pending {
            line = " Run in one transaction? y yes, any other key no: " + FilterText.visible(pending.sql, limit: 200)
            _ = screen.write(line.truncated(toWidth: width), row: row, column: 0, maxWidth: width, style: Palette.bar)
            return
        }
        line = "SQL> " + text.terminalSafe + "▏"
        _ = screen.write(line.tail(fittingWidth: width), row: row, column: 0, maxWidth: width, style: Palette.bar)
        if let message = app.status, message.isError, app.size.height > 2 {
            screen.fill(row: row - 1, column: 0, width: width, height: 1)
            let error = (" " + message.text.terminalSafe).truncated(toWidth: width)
            _ = screen.write(error, row: row - 1, column: 0, maxWidth: width, style: Palette.error)
        }
    }

    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        var console = self
        if let pending {
            guard key == .character("y") || key == .character("Y") else {
                app.status = .info("nothing was run")
                return []
            }
            app.status = .info("running…")
            return [.runStatement(pending)]
        }
        switch key {
        case .escape:
            return []
        case .enter:
            return app.submit(console)
        case .up, .down:
            console.recall(older: key == .up)
        default:
            _ = console.text.applyEditing(key)
        }
        app.modal = console
        return []
    }
}
