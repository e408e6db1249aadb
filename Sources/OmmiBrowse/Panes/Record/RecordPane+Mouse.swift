extension RecordPane {
    /// A click on a line selects its field or relation; a double click opens it, as Enter does.
    public func click(
        at point: PanePoint, in area: PaneArea, double: Bool, pane id: PaneID, app: inout AppState
    ) -> [Effect] {
        let line = top + point.line
        guard line < lineCount, let index = app.panes.firstIndex(where: { $0.id == id }) else { return [] }
        app.panes[index].record?.cursor = line
        guard double else { return [] }
        let content = app.panes[index].content
        return content.handle(.open, pane: id, in: &app)
    }
}
