extension FrequencyPane {
    /// A click on a value's line selects it; a double click filters the rows by it, as Enter does.
    public func click(
        at point: PanePoint, in area: PaneArea, double: Bool, pane id: PaneID, app: inout AppState
    ) -> [Effect] {
        let value = top + point.line - 1
        guard point.line >= 1, entries.indices.contains(value - start),
            let index = app.panes.firstIndex(where: { $0.id == id })
        else { return [] }
        var pane = self
        pane.cursor = value
        app.panes[index].content = pane
        return double ? pane.handle(.open, pane: id, in: &app) : []
    }
}
