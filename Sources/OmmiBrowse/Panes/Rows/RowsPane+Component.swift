import TerminalUI

extension RowsPane: PaneComponent {
    public func draw(in area: PaneArea, app: AppState, into screen: inout ScreenBuffer) {
        RowsView.draw(self, in: area, into: &screen)
    }

    public func hints(_ app: AppState) -> [Hint] {
        if relation?.kind == .manyToMany {
            return [
                Hint(.attach, "attach"), Hint(.detach, "detach"), Hint(.startSearch, "search"),
                Hint(.startFilter, "filter"),
                Hint(.sort, "sort"), Hint(.undo, "undo"), Hint(.back, "back"), Hint(.help, "help"),
            ]
        }
        let edit = schema.isReadOnly || schema.keyColumns.isEmpty ? [] : [Hint(.edit, "edit")]
        return [Hint(.open, "record")] + edit + [
            Hint(.startSearch, "search"), Hint(.startFilter, "filter"), Hint(.sort, "sort"), Hint(.back, "back"),
            Hint(.help, "help"),
        ]
    }

    public var position: String {
        if window.rows.isEmpty { return loading ? "reading…" : "0 rows" }
        return positionText
    }

    public mutating func keepCursorVisible(_ layout: Layout) {
        top = Scrolling.top(top, cursor: cursor, visible: layout.visibleRows, count: knownCount)
    }
}
