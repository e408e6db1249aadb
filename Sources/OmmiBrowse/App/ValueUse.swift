/// What a cell's whole value is read for, when its pane holds only part of it.
public enum ValueUse: Sendable, Hashable {
    /// `v`: to show it in the viewer.
    case view
    /// `e`: to edit it, so that the write starts from the whole value, never from its start.
    case edit
    /// `y`: to put it on the clipboard.
    case copy
}
