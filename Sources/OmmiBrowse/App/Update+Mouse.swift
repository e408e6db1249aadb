import TerminalUI

extension AppState {
    /// How many lines a notch of the mouse wheel moves a cursor.
    static let wheelStep = 3

    /// A click, double click or wheel notch goes to what ``view(_:)`` drew under the pointer: the
    /// model list or the top pane, which a click makes the focused one. The breadcrumb, the status
    /// line and the separator take no clicks. While a modal is open the mouse does nothing, so the
    /// modal keeps the keys and a click never answers its question.
    mutating func handle(_ mouse: MouseEvent) -> [Effect] {
        guard modal == nil else { return [] }
        let regions = ScreenRegions(self)
        let layout = Layout(size)
        let line = mouse.row - layout.bodyTop
        guard line >= 0, line < layout.bodyHeight else { return [] }
        if let width = regions.listWidth, mouse.column < width {
            return handleModelList(mouse.action, line: line)
        }
        guard let pane = current, var area = regions.pane, let point = area.point(row: mouse.row, column: mouse.column)
        else { return [] }
        status = nil
        clearChangeMarks()
        switch mouse.action {
        case .wheelUp:
            return pane.content.scroll(by: -Self.wheelStep, pane: pane.id, in: &self)
        case .wheelDown:
            return pane.content.scroll(by: Self.wheelStep, pane: pane.id, in: &self)
        case .click, .doubleClick:
            focus = .pane
            area.focused = true
            return pane.content.click(
                at: point, in: area, double: mouse.action == .doubleClick, pane: pane.id, app: &self)
        }
    }
}
