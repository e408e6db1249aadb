import TerminalUI

extension AppState {
    /// The mouse on line `line` of the model list: the wheel moves its cursor, a click selects the
    /// model on that line and gives the list the focus, a double click opens the model as Enter
    /// does.
    mutating func handleModelList(_ action: MouseEvent.Action, line: Int) -> [Effect] {
        switch action {
        case .wheelUp: moveModelCursor(to: modelCursor - Self.wheelStep)
        case .wheelDown: moveModelCursor(to: modelCursor + Self.wheelStep)
        case .click, .doubleClick:
            let index = modelTop + line
            guard models.indices.contains(index) else { return [] }
            status = nil
            focus = .models
            moveModelCursor(to: index)
            if action == .doubleClick { return openModel() }
        }
        return countVisibleModels()
    }
}
