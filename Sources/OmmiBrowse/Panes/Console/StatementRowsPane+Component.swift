import TerminalUI

extension StatementRowsPane: PaneComponent {
    public func draw(in area: PaneArea, app: AppState, into screen: inout ScreenBuffer) {
        RowsView.draw(table, in: area, into: &screen)
    }

    public func hints(_ app: AppState) -> [Hint] {
        [Hint(.console, "SQL"), Hint(.reload, "run again"), Hint(.back, "back"), Hint(.help, "help")]
    }

    public var position: String {
        if table.window.rows.isEmpty { return table.loading ? "running…" : "no rows" }
        return "row \(ValueText.grouped(table.cursor + 1)) of \(table.total.map(ValueText.grouped) ?? "…")"
    }

    public mutating func keepCursorVisible(_ layout: Layout) {
        table.keepCursorVisible(layout)
    }
}
