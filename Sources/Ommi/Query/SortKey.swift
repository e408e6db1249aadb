/// One key of a query's order.
public struct SortKey: Sendable, Hashable {
    public var column: ColumnRef
    public var descending: Bool

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
    public var sortKey: SortKey { self }
}

extension Field: SortKeyConvertible {
    public var sortKey: SortKey { asc }
    /// Ascending order of this field.
    public var asc: SortKey { SortKey(ColumnRef(table: table, column: column)) }
    /// Descending order of this field.
    public var desc: SortKey { SortKey(ColumnRef(table: table, column: column), descending: true) }
}
