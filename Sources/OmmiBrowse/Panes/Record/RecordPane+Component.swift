import TerminalUI

extension RecordPane: PaneComponent {
    public func draw(in area: PaneArea, app: AppState, into screen: inout ScreenBuffer) {
        RecordView.draw(self, in: area, into: &screen)
    }

    public func hints(_ app: AppState) -> [Hint] {
        (relations.isEmpty ? [] : [Hint(.open, "open relation")]) + [Hint(.back, "back"), Hint(.help, "help")]
    }

    public var position: String { "line \(cursor + 1) of \(lineCount)" }

    public mutating func keepCursorVisible(_ layout: Layout) {
        top = Scrolling.top(top, cursor: cursor, visible: layout.visibleLines, count: lineCount)
    }
}
