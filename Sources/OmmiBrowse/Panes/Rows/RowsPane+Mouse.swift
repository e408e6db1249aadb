extension RowsPane {
    /// A click on a row selects it and the column under the pointer (the column cursor); on the
    /// header it selects the column only. A double click on a row opens its record, as Enter does.
    public func click(
        at point: PanePoint, in area: PaneArea, double: Bool, pane id: PaneID, app: inout AppState
    ) -> [Effect] {
        guard let hit = RowsView.hit(point, in: self, area: area),
            let index = app.panes.firstIndex(where: { $0.id == id })
        else { return [] }
        if let column = hit.column { app.panes[index].rows?.firstColumn = column }
        guard let row = hit.row else { return [] }
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

extension RowsView {
    /// What a click at `point` of `area` reaches in `pane`: the position of a row and the index of
    /// a column, found as ``draw(_:in:into:)`` lays them out.
    struct Hit {
        /// The row's position among all rows; nil on the header.
        var row: Int?
        /// The column's index in ``RowsPane/columns``; nil between and after the columns.
        var column: Int?
    }

    /// What a click at `point` reaches; nil on a line below the last row, where it reaches nothing.
    static func hit(_ point: PanePoint, in pane: RowsPane, area: PaneArea) -> Hit? {
        let shown = shownRows(pane, in: area)
        let row = shown.first { $0.line == point.line - 1 }.map { pane.top + $0.line }
        guard point.line == 0 || row != nil else { return nil }
        let column = fittedColumns(pane, rows: shown.map(\.row), width: area.width).first {
            (0..<$0.width).contains(point.column - $0.left)
        }
        return Hit(row: row, column: column.flatMap { pane.columns.firstIndex(of: $0.name) })
    }
}
