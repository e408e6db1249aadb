extension StatementRowsPane {
    /// A click on a row selects it and the column under the pointer; on the header it selects the
    /// column only. The rows are read-only, so a double click does no more.
    public func click(
        at point: PanePoint, in area: PaneArea, double: Bool, pane id: PaneID, app: inout AppState
    ) -> [Effect] {
        guard let hit = RowsView.hit(point, in: table, area: area),
            let index = app.panes.firstIndex(where: { $0.id == id }),
            var pane = app.panes[index].content as? StatementRowsPane
        else { return [] }
        if let column = hit.column { pane.table.firstColumn = column }
        app.panes[index].content = pane
        return hit.row.map { app.moveStatementCursor(id, to: $0) } ?? []
    }

    /// The wheel moves the cursor as `j` and `k` do, reading the rows it reaches when they are not
    /// in memory.
    public func scroll(by lines: Int, pane id: PaneID, in app: inout AppState) -> [Effect] {
        app.moveStatementCursor(id, to: (wantedCursor ?? table.cursor) + lines)
    }
}
