import Ommi
import TerminalUI

/// The models on the left, each with its row count.
enum ModelListView {
    static func draw(_ state: AppState, into screen: inout ScreenBuffer, width: Int) {
        let layout = Layout(state.size)
        guard width > 0 else { return }
        for line in 0..<layout.bodyHeight {
            let index = state.modelTop + line
            guard state.models.indices.contains(index) else { break }
            let model = state.models[index]
            let count = countText(state.modelCounts[model.name])
            let nameWidth = max(1, width - count.displayWidth - 2)
            let name = marker(of: model, in: state) + model.name.terminalSafe
            let text =
                name.fitted(toWidth: nameWidth) + " "
                + count.fitted(toWidth: width - nameWidth - 1, alignment: .trailing)
            let selected = index == state.modelCursor
            let style = selected ? (state.focus == .models ? Palette.cursor : Palette.cursorUnfocused) : Style.plain
            _ = screen.write(text, row: layout.bodyTop + line, column: 0, maxWidth: width, style: style)
        }
    }

    /// `◦` before a view or other read-only model, `~` before a table the application does not
    /// declare, a space before any other.
    static func marker(of model: ModelSchema, in state: AppState) -> String {
        if model.isReadOnly { return "◦" }
        return state.undeclaredModels.contains(model.name) ? "~" : " "
    }

    /// The keys the status line hints at while the list has the focus.
    static let hints = [Hint(.open, "open"), Hint(.switchFocus, "pane"), Hint(.help, "help"), Hint(.quit, "quit")]

    static func countText(_ count: ModelCount?) -> String {
        switch count {
        case .exact(let number): ValueText.grouped(number)
        case .atLeast(let number): ValueText.grouped(number) + "+"
        case .failed: "?"
        case .counting, nil: "…"
        }
    }
}
