import Ommi

/// The distinct values of one column among the rows of a rows pane (its filter included), each
/// with how many rows hold it and their share, most frequent first: what `F` opens. The database
/// counts them (`GROUP BY`) and they are read a window at a time, so a column of a million rows
/// costs one grouped read per window, never the rows themselves.
public struct FrequencyPane: Sendable {
    public var schema: ModelSchema
    public var column: String
    /// The condition of the rows counted: the rows pane's scope and filter.
    public var condition: Condition?
    /// The rows pane `Enter` narrows to the value under the cursor.
    public var source: PaneID
    /// The values in memory, from the value at ``start`` on.
    public var entries: [GroupCount<DatabaseValue>] = []
    public var start = 0
    /// How many distinct values there are, and how many rows hold them, once counted.
    public var distinct: Int?
    public var rows: Int?
    /// The position of the cursor among all values.
    public var cursor = 0
    /// The first value shown on screen.
    public var top = 0
    /// Where the cursor goes once the values being read arrive.
    var wantedCursor: Int?
    public var loading = false
    /// Distinguishes current reads from reads started before a reload.
    var generation = 0

    public init(schema: ModelSchema, column: String, condition: Condition?, source: PaneID) {
        self.schema = schema
        self.column = column
        self.condition = condition
        self.source = source
    }

    /// The value under the cursor, if it is in memory.
    public var current: GroupCount<DatabaseValue>? {
        let index = cursor - start
        return entries.indices.contains(index) ? entries[index] : nil
    }

    /// The number of values as far as known: the count, or the end of what has been read.
    var knownCount: Int { distinct ?? start + entries.count }
}
