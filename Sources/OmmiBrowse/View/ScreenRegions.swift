import TerminalUI

/// Where the model list and the top pane go on the screen for a state. ``view(_:)`` draws into
/// these regions and a click is tested against them, so what a click reaches is what was drawn
/// under it.
struct ScreenRegions {
    /// How wide the model list is, drawn from the left edge on the body lines; nil when the list
    /// is not shown.
    var listWidth: Int?
    /// The column of the line between the list and the pane; nil when there is none.
    var separator: Int?
    /// Where the top pane is drawn; nil when no pane is shown.
    var pane: PaneArea?

    init(_ state: AppState) {
        let layout = Layout(state.size)
        if layout.listWidth > 0 || state.panes.isEmpty || state.focus == .models {
            listWidth = layout.listWidth > 0 ? layout.listWidth : state.size.width
            separator = layout.listWidth > 0 ? layout.listWidth : nil
        }
        if state.current != nil, layout.listWidth > 0 || state.focus == .pane {
            let left = layout.listWidth > 0 ? layout.paneLeft : 0
            pane = PaneArea(
                top: layout.bodyTop, left: left, width: state.size.width - left, height: layout.bodyHeight,
                focused: state.focus == .pane)
        }
    }
}

extension PaneArea {
    /// The point of the area at the screen cell on `row` and `column`, nil when the cell is
    /// outside it.
    func point(row: Int, column: Int) -> PanePoint? {
        guard row >= top, row < top + height, column >= left, column < left + width else { return nil }
        return PanePoint(line: row - top, column: column - left)
    }
}
