import TerminalUI

/// A kind of pane on the stack (rows, record): its state, how it answers a command, how it
/// draws itself and which keys it hints at, together in one folder. Back, quit, focus, help and
/// undo are handled once above the panes and never reach one.
public protocol PaneComponent: Sendable {
    /// Handles `command` for the pane `id`, which is on top of the stack: changes `app` (this
    /// pane included) and asks for effects.
    func handle(_ command: Command, pane id: PaneID, in app: inout AppState) -> [Effect]
    /// Draws the pane into `area`.
    func draw(in area: PaneArea, app: AppState, into screen: inout ScreenBuffer)
    /// The keys the status line hints at while the pane has the focus, most useful first.
    func hints(_ app: AppState) -> [Hint]
    /// Where the cursor is, for the status line: `row 120 of 1,000,000`.
    var position: String { get }
    /// Moves the pane's first shown line so that its cursor is on screen in `layout`.
    mutating func keepCursorVisible(_ layout: Layout)
    /// Answers a click on `point` of `area`, where the pane is drawn, for the pane `id` on top of
    /// the stack: selects what is under the pointer, and on a `double` click opens it as Enter
    /// does.
    func click(at point: PanePoint, in area: PaneArea, double: Bool, pane id: PaneID, app: inout AppState) -> [Effect]
    /// Moves the cursor `lines` lines down (up when negative), as notches of the mouse wheel do.
    func scroll(by lines: Int, pane id: PaneID, in app: inout AppState) -> [Effect]
}

/// A pane of the stack: Enter pushes one, Esc pops it.
public struct Pane: Sendable {
    public let id: PaneID
    /// The pane's part of the breadcrumb.
    public var title: String
    /// The pane itself, of whichever kind.
    public var content: any PaneComponent

    /// The pane as a rows pane, when it is one.
    public var rows: RowsPane? {
        get { content as? RowsPane }
        set { if let newValue { content = newValue } }
    }

    /// The pane as a record pane, when it is one.
    public var record: RecordPane? {
        get { content as? RecordPane }
        set { if let newValue { content = newValue } }
    }
}

/// Identifies a pane, so that results of reads for a pane that was closed are dropped.
public struct PaneID: Sendable, Hashable {
    public let value: Int
}

/// The part of the screen a pane draws in.
public struct PaneArea: Sendable {
    var top: Int
    var left: Int
    var width: Int
    var height: Int
    var focused: Bool
}
