extension RowsPane {
    /// A click on a row selects it and the column under the pointer (the column cursor); on the
    /// header it selects the column only. A double click on a row opens its record, as Enter does.
    /// The rows and columns are found as ``RowsView`` lays them out.
    public func click(
        at point: PanePoint, in area: PaneArea, double: Bool, pane id: PaneID, app: inout AppState
    ) -> [Effect] {
        let shown = RowsView.shownRows(self, in: area)
        let row = shown.first { $0.line == point.line - 1 }.map { top + $0.line }
        guard point.line == 0 || row != nil, let index = app.panes.firstIndex(where: { $0.id == id }) else {
            return []
        }
        let fitted = RowsView.fittedColumns(self, rows: shown.map(\.row), width: area.width)
        if let column = fitted.first(where: { (0..<$0.width).contains(point.column - $0.left) }),
            let position = columns.firstIndex(of: column.name)
        {
            app.panes[index].rows?.firstColumn = position
        }
        guard let row else { return [] }
        let effects = app.moveCursor(id, to: row)
        guard double, let content = app.panes.first(where: { $0.id == id })?.content else { return effects }
        return effects + content.handle(.open, pane: id, in: &app)
    }

    /// The wheel moves the cursor as `j` and `k` do, reading the rows it reaches when they are not
    /// in memory.
    public func scroll(by lines: Int, pane id: PaneID, in app: inout AppState) -> [Effect] {
        app.moveCursor(id, to: (wantedCursor ?? cursor) + lines)
    }
}
