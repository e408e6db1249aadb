/// A use of the mouse as the browser understands it: a click, a double click or a notch of the
/// wheel, at a cell of the screen.
///
/// Terminal backends decode the terminal's reports into these values (``InputDecoder``), so the
/// browser's `update` function and its tests never see a report's bytes.
public struct MouseEvent: Sendable, Hashable {
    /// What the mouse did.
    public enum Action: Sendable, Hashable {
        /// The main (left) button was pressed.
        case click
        /// The main button was pressed again on the same cell soon after a click
        /// (``InputDecoder/doubleClickInterval``).
        case doubleClick
        /// The wheel turned one notch towards the top of what is shown.
        case wheelUp
        /// The wheel turned one notch towards the bottom of what is shown.
        case wheelDown
    }

    /// What the mouse did.
    public var action: Action
    /// The screen line under the pointer, from 0 at the top.
    public var row: Int
    /// The screen column under the pointer, from 0 at the left.
    public var column: Int

    /// A mouse event at the cell on `row` and `column`, counted from 0 at the top left.
    public init(_ action: Action, row: Int, column: Int) {
        self.action = action
        self.row = row
        self.column = column
    }
}

extension MouseEvent: CustomStringConvertible {
    /// The event as the status line names it, such as `a click on line 3, column 10` (counted
    /// from 1, as a person counts).
    public var description: String {
        let place = "line \(row + 1), column \(column + 1)"
        return switch action {
        case .click: "a click on " + place
        case .doubleClick: "a double click on " + place
        case .wheelUp: "the wheel up on " + place
        case .wheelDown: "the wheel down on " + place
        }
    }
}
