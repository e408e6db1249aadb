/// A cell of a pane's area, counted from 0 at its top left corner.
public struct PanePoint: Sendable, Equatable {
    /// The line within the area.
    public var line: Int
    /// The column within the area.
    public var column: Int
}

extension PaneComponent {
    /// A pane that does not say what its lines are selects nothing on a click: the click only
    /// gives it the focus.
    public func click(
        at point: PanePoint, in area: PaneArea, double: Bool, pane id: PaneID, app: inout AppState
    ) -> [Effect] {
        []
    }

    /// The wheel moves the cursor as ↑ and ↓ do, a line a step.
    public func scroll(by lines: Int, pane id: PaneID, in app: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for _ in 0..<lines.magnitude {
            guard let pane = app.panes.first(where: { $0.id == id }) else { break }
            effects += pane.content.handle(lines < 0 ? .up : .down, pane: id, in: &app)
        }
        return effects
    }
}
