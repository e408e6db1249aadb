/// One key of a query's order.
public struct SortKey: Sendable, Hashable {
    /// The column sorted by.
    public var column: ColumnRef
    /// Whether larger values come first.
    public var descending: Bool

    /// Sorts by `column`, ascending unless `descending`.
    public init(_ column: ColumnRef, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }
}

/// Anything that `sorted(by:)` accepts: a field (ascending) or a field's `asc`/`desc`.
public protocol SortKeyConvertible: Sendable {
    var sortKey: SortKey { get }
}

extension SortKey: SortKeyConvertible {
    /// The key itself.
    public var sortKey: SortKey { self }
}

extension Field: SortKeyConvertible {
    /// The field ascending.
    public var sortKey: SortKey { asc }
    /// Ascending order of this field.
    public var asc: SortKey { SortKey(ColumnRef(table: table, column: column)) }
    /// Descending order of this field.
    public var desc: SortKey { SortKey(ColumnRef(table: table, column: column), descending: true) }
}
