import Foundation
import TerminalUI

/// The last line: a prompt being typed, or the position, a message and the keys that apply.
enum StatusLine {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        let layout = Layout(state.size)
        let width = state.size.width
        guard state.size.height > 1 else { return }
        let row = layout.statusRow
        screen.fill(row: row, column: 0, width: width, height: 1, style: Palette.bar)
        if let confirmation = state.confirmation {
            let text = " " + confirmation.question.terminalSafe
            _ = screen.write(text.truncated(toWidth: width), row: row, column: 0, maxWidth: width, style: Palette.bar)
            return
        }
        if let prompt = state.prompt {
            let text = prompt.label + prompt.text.terminalSafe + "▏"
            _ = screen.write(text.tail(fittingWidth: width), row: row, column: 0, maxWidth: width, style: Palette.bar)
            if let message = state.status, message.isError {
                drawMessage(message, state, into: &screen)
            }
            return
        }
        var left = position(state)
        if let message = state.status {
            left += (left.isEmpty ? "" : "  ") + message.text.terminalSafe
        }
        let text = " " + left
        let hints = fitting(hints(state), width: width - text.displayWidth - 2)
        let textWidth = max(0, width - (hints.isEmpty ? 0 : hints.displayWidth + 2))
        let style = state.status?.isError == true ? errorBar : Palette.bar
        _ = screen.write(text.truncated(toWidth: textWidth), row: row, column: 0, maxWidth: textWidth, style: style)
        if !hints.isEmpty {
            _ = screen.write(hints, row: row, column: width - hints.displayWidth, style: Palette.bar)
        }
    }

    /// The leading hints, whole, that fit in `width` columns: a hint is never cut, so that what
    /// is shown never reads as part of the message beside it.
    static func fitting(_ hints: String, width: Int) -> String {
        var shown = ""
        for hint in hints.components(separatedBy: "  ") where !hint.trimmingCharacters(in: .whitespaces).isEmpty {
            let next = (shown.isEmpty ? "" : shown + "  ") + hint.trimmingCharacters(in: .whitespaces)
            guard next.displayWidth + 1 <= width else { break }
            shown = next
        }
        return shown.isEmpty ? "" : shown + " "
    }

    private static var errorBar: Style { Style(foreground: .red, bold: true, reverse: true) }

    private static func drawMessage(_ message: StatusMessage, _ state: AppState, into screen: inout ScreenBuffer) {
        guard state.size.height > 2 else { return }
        let row = Layout(state.size).statusRow - 1
        screen.fill(row: row, column: 0, width: state.size.width, height: 1)
        let text = (" " + message.text.terminalSafe).truncated(toWidth: state.size.width)
        _ = screen.write(text, row: row, column: 0, maxWidth: state.size.width, style: Palette.error)
    }

    /// `row 120 of 1,000,000`, or the line of a record.
    static func position(_ state: AppState) -> String {
        guard state.focus == .pane, let pane = state.current else {
            return state.models.isEmpty ? "" : "model \(state.modelCursor + 1) of \(state.models.count)"
        }
        switch pane.content {
        case .rows(let rows):
            let total = rows.total.map(ValueText.grouped) ?? "…"
            if rows.window.rows.isEmpty { return rows.loading ? "reading…" : "0 rows" }
            return "row \(ValueText.grouped(rows.cursor + 1)) of \(total)"
        case .record(let record):
            return "line \(record.cursor + 1) of \(record.lineCount)"
        }
    }

    /// The keys that apply now.
    static func hints(_ state: AppState) -> String {
        if state.showingHelp { return "any key closes the help " }
        if state.picker != nil { return "type to narrow  ↑ ↓ choose  Enter attach  Esc cancel " }
        if state.form != nil { return "Tab next field  Enter attach  Esc cancel " }
        guard state.focus == .pane, let pane = state.current else { return "Enter open  Tab pane  ? help  q quit " }
        switch pane.content {
        case .rows(let rows) where rows.relation?.kind == .manyToMany:
            return "a attach  d detach  u undo  / search  Esc back  ? help "
        case .rows: return "Enter record  / search  f filter  s sort  Esc back  ? help "
        case .record(let record):
            return record.relations.isEmpty ? "Esc back  ? help " : "Enter open relation  Esc back  ? help "
        }
    }
}
