/// A pane of the stack: Enter pushes one, Esc pops it.
public struct Pane: Sendable {
    public let id: PaneID
    /// The pane's part of the breadcrumb.
    public var title: String
    public var content: Content

    public enum Content: Sendable {
        case rows(RowsPane)
        case record(RecordPane)
    }

    public var rows: RowsPane? {
        get { if case .rows(let pane) = content { pane } else { nil } }
        set { if let newValue { content = .rows(newValue) } }
    }

    public var record: RecordPane? {
        get { if case .record(let pane) = content { pane } else { nil } }
        set { if let newValue { content = .record(newValue) } }
    }
}

/// Identifies a pane, so that results of reads for a pane that was closed are dropped.
public struct PaneID: Sendable, Hashable {
    public let value: Int
}
