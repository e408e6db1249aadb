import Ommi

/// The rows of a pane that are in memory: a window of consecutive rows of the pane's query, at a
/// known position. Paging replaces or extends it a chunk at a time, and it never grows past
/// ``RowWindow/capacity``, so memory stays flat whatever the size of the table.
public struct RowWindow: Sendable, Equatable {
    /// The rows, in the pane's order.
    public var rows: [DynamicRow] = []
    /// The position of the first row among all the rows of the query.
    public var start = 0
    /// Whether the first row is the query's first and the last row the query's last.
    public var reachesStart = false
    public var reachesEnd = false

    /// The most rows a window keeps.
    public static let capacity = 600

    /// The position just past the last row.
    public var end: Int { start + rows.count }

    public func contains(_ index: Int) -> Bool { index >= start && index < end }

    public func row(at index: Int) -> DynamicRow? { contains(index) ? rows[index - start] : nil }

    /// Rows that follow the window, keeping the newest rows when the window is full.
    mutating func append(_ more: [DynamicRow], reachesEnd: Bool) {
        rows += more
        self.reachesEnd = reachesEnd
        let excess = rows.count - Self.capacity
        if excess > 0 {
            rows.removeFirst(excess)
            start += excess
            reachesStart = false
        }
    }

    /// Rows that precede the window (given in the pane's order), dropping rows at the far end when
    /// the window is full.
    mutating func prepend(_ more: [DynamicRow], reachesStart: Bool) {
        rows = more + rows
        start -= more.count
        self.reachesStart = reachesStart || start <= 0
        if start < 0 { start = 0 }
        let excess = rows.count - Self.capacity
        if excess > 0 {
            rows.removeLast(excess)
            reachesEnd = false
        }
    }
}
