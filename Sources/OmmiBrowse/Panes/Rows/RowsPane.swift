import Ommi

/// A table of rows: all rows of a model, or the rows of one relation of one record, narrowed by a
/// filter and sorted, read a window at a time.
public struct RowsPane: Sendable {
    public var schema: ModelSchema
    /// The condition that makes this the rows of a relation (nil for all rows of a model).
    public var scope: Condition?
    /// The relation this pane shows, when it shows one.
    public var relation: RelationContext?
    /// The filter the user typed, parsed, and its text.
    public var filter: Condition?
    public var filterText: String?
    /// The column the rows are sorted by, if the user chose one.
    public var sort: SortKey?
    public var window = RowWindow()
    /// The position of the cursor among all rows.
    public var cursor = 0
    /// Where the cursor goes once rows that are being read arrive.
    var wantedCursor: Int?
    /// The first row shown on screen.
    public var top = 0
    /// How many rows the pane's query selects, once counted.
    public var total: Int?
    /// Whether the rows were read back from the end before the count arrived: their positions
    /// then count back from ``provisionalEnd`` until the count (or the first row) puts them in
    /// place, so that `G` never waits for a count.
    public internal(set) var positionsFromEnd = false
    /// A count that arrived while the rows of the same read were still being read: it becomes
    /// ``total`` when they arrive, so that rows it counts (a row just attached or inserted) are
    /// never drawn as blank lines the window does not hold yet.
    var pendingTotal: Int?
    /// The column cursor: the column `e` edits and `s` sorts by, shown first after the key
    /// columns.
    public var firstColumn = 0
    /// Labels of referenced rows, by reference column and key value.
    public var labels: [String: [DatabaseValue: String]] = [:]
    /// The last search text.
    public var search: String?
    /// The read of the pane's rows under way, if any.
    var reading: RowsReading?
    /// A read is under way.
    public var loading: Bool { reading != nil }
    /// How the read under way that replaces the rows shown places them, if one is.
    var replacement: RowsRequest.Placement? {
        if case .replacement(let placement) = reading { placement } else { nil }
    }
    /// Why the last read of the pane's rows failed: shown in place of the rows until a read
    /// succeeds.
    public var failure: String?
    /// Distinguishes current reads from reads started before a sort, filter or reload.
    var generation = 0
    /// The rows and cursor line before a refresh that another program's commit started, to
    /// report what changed and keep the cursor's line when the fresh rows arrive.
    var refreshing: LiveRefresh?
    /// A refresh whose rows arrived before its count while only part of the rows is read: how
    /// many rows changed is known once the count comes.
    var refreshAwaitingCount: LiveRefresh?
    /// The search sent and not answered yet: a read of the rows started meanwhile by another
    /// program's commit asks it again, so that its answer is not dropped.
    var searchUnderWay: SearchUnderWay?
    /// Why the pane shows no rows any more: its table was dropped elsewhere.
    public var gone: String?
    /// Rows another program added or changed, marked on screen until the next key.
    public var changedRows: Set<DynamicRow> = []

    public init(schema: ModelSchema, scope: Condition? = nil, relation: RelationContext? = nil) {
        self.schema = schema
        self.scope = scope
        self.relation = relation
    }

    /// The condition of the pane's query: its scope and its filter.
    public var condition: Condition? {
        switch (scope, filter) {
        case (nil, nil): nil
        case (let scope?, nil): scope
        case (nil, let filter?): filter
        case (let scope?, let filter?): scope && filter
        }
    }

    /// Whether the pane's rows hold the length of `column`'s BLOBs rather than their bytes: they
    /// are read so (``ShownRows``) unless the pane is sorted by that column.
    func readsLength(of column: String) -> Bool {
        sort?.column.column != column && schema.fields.contains { $0.column == column && $0.type == .blob }
    }

    /// The query's order: the chosen sort, then the key, so every row has one place.
    public var order: [SortKey] {
        SelectQuery(schema: schema, order: sort.map { [$0] } ?? []).effectiveOrder
    }

    /// The number of rows as far as known: the count, or the end of what has been read.
    var knownCount: Int { total ?? window.end }

    /// The row under the cursor, if it is in memory.
    public var currentRow: DynamicRow? { window.row(at: cursor) }

    /// The columns shown, in order: the schema's selected columns.
    public var columns: [String] { schema.selectedColumns }

    /// The columns drawn, in order, from the cursor's column on, after the key columns, which
    /// stay at the left.
    public var shownColumns: [String] {
        let rest = Array(columns.dropFirst(firstColumn))
        let keys = schema.keyFields.map(\.column)
        guard let current = rest.first, !keys.contains(current) else { return rest }
        return keys + rest.filter { !keys.contains($0) }
    }
}

/// The record and relation a related-rows pane belongs to.
public struct RelationContext: Sendable {
    public var owner: ModelSchema
    public var ownerRow: DynamicRow
    public var name: String
    public var kind: RelationKind
}

extension RowsPane {
    /// A read that replaces the pane's rows starts: answers to the reads before it, a search's
    /// among them, are dropped when they come.
    mutating func startReplacingRead(_ placement: RowsRequest.Placement) {
        generation += 1
        reading = .replacement(placement)
        wantedCursor = nil
        searchUnderWay = nil
        refreshAwaitingCount = nil
    }
}

/// A read of a rows pane's rows: rows that replace those shown, placed as the read was asked
/// (from a row, or the last rows), or more rows beside them as the cursor nears the end of those
/// read.
enum RowsReading: Sendable, Equatable {
    case replacement(RowsRequest.Placement)
    case more
}

/// A search the browser waits on: its text, the row it searches from, and its direction.
struct SearchUnderWay: Sendable, Equatable {
    var text: String
    var from: DynamicRow?
    var forward: Bool
}
