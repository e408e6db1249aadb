import Ommi

extension AppState {
    /// A command while the model list has the focus.
    mutating func handleModelList(_ command: Command) -> [Effect] {
        let visible = Layout(size).visibleLines
        switch command {
        case .up: moveModelCursor(to: modelCursor - 1)
        case .down: moveModelCursor(to: modelCursor + 1)
        case .pageUp: moveModelCursor(to: modelCursor - visible)
        case .pageDown: moveModelCursor(to: modelCursor + visible)
        case .first: moveModelCursor(to: 0)
        case .last: moveModelCursor(to: models.count - 1)
        case .open: return openModel()
        default:
            status = .info("open a model first: Enter")
            return []
        }
        return countVisibleModels()
    }

    mutating func moveModelCursor(to index: Int) {
        guard !models.isEmpty else { return }
        modelCursor = min(max(0, index), models.count - 1)
        modelTop = Scrolling.top(modelTop, cursor: modelCursor, visible: Layout(size).visibleLines, count: models.count)
    }

    /// Opens the rows of the model under the cursor as the first pane.
    mutating func openModel() -> [Effect] {
        guard models.indices.contains(modelCursor) else {
            status = .info("this database has no tables or views")
            return []
        }
        let schema = models[modelCursor]
        if panes.count > 1 || panes.first?.rows?.schema.tableName != schema.tableName { previousPanes = panes }
        panes = []
        let id = push(RowsPane(schema: schema), title: schema.name)
        return reloadRows(id, anchor: nil, recount: true)
    }

    /// Counts for the models on screen that have none yet.
    mutating func countVisibleModels() -> [Effect] {
        let visible = Layout(size).visibleLines
        let shown = models.indices.dropFirst(modelTop).prefix(visible)
        var effects: [Effect] = []
        for index in shown where modelCounts[models[index].name] == nil {
            modelCounts[models[index].name] = .counting
            effects.append(.countModel(models[index]))
        }
        return effects
    }
}
