import Foundation
import TerminalUI

/// The last line: the position, a message and the keys that apply. An open prompt or question
/// draws itself over it.
enum StatusLine {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        let width = state.size.width
        guard let row = cleared(state, into: &screen) else { return }
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

    /// Clears the status line for what is drawn on it and returns its row; nil on a screen of
    /// one line, which has none.
    static func cleared(_ state: AppState, into screen: inout ScreenBuffer) -> Int? {
        guard state.size.height > 1 else { return nil }
        let row = Layout(state.size).statusRow
        screen.fill(row: row, column: 0, width: state.size.width, height: 1, style: Palette.bar)
        return row
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

    /// `row 120 of 1,000,000`, the line of a record, or the model in the list, with what its `~`
    /// means.
    static func position(_ state: AppState) -> String {
        guard state.focus == .pane, let pane = state.current else {
            guard state.models.indices.contains(state.modelCursor) else { return "" }
            let position = "model \(state.modelCursor + 1) of \(state.models.count)"
            let isUndeclared = state.undeclaredModels.contains(state.models[state.modelCursor].name)
            return isUndeclared ? position + " · ~ not declared by the app" : position
        }
        return pane.content.position
    }

    /// The keys that apply now: the open modal's, the focused pane's or the model list's.
    static func hints(_ state: AppState) -> String {
        if let modal = state.modal { return modal.hints }
        let hints = state.focus == .pane ? state.current?.content.hints(state) : nil
        return (hints ?? ModelListView.hints).filter { $0.applies(in: state) }.map(\.text).joined(separator: "  ") + " "
    }
}
