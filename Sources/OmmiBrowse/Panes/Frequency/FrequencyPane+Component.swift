import TerminalUI

extension FrequencyPane: PaneComponent {
    public func draw(in area: PaneArea, app: AppState, into screen: inout ScreenBuffer) {
        FrequencyView.draw(self, in: area, into: &screen)
    }

    public func hints(_ app: AppState) -> [Hint] {
        [Hint(.open, "filter by value"), Hint(.reload, "reload"), Hint(.back, "back"), Hint(.help, "help")]
    }

    public var position: String {
        guard let distinct else { return loading ? "counting…" : "" }
        let rowsText = rows.map { " · " + ValueText.grouped($0) + ($0 == 1 ? " row" : " rows") } ?? ""
        if distinct == 0 { return "no values" + rowsText }
        return "value \(ValueText.grouped(cursor + 1)) of \(ValueText.grouped(distinct))" + rowsText
    }

    public mutating func keepCursorVisible(_ layout: Layout) {
        top = Scrolling.top(top, cursor: cursor, visible: layout.visibleRows, count: knownCount)
    }
}
