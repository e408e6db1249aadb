/// How many of the rows a query selects hold one value of a column, as `counts(by:)` returns them.
public struct GroupCount<Value: Sendable>: Sendable {
    /// The column's value (nil for NULL when the column is optional).
    public var value: Value
    /// The number of rows that hold it.
    public var count: Int

    /// A group of `value` with `count` rows.
    public init(value: Value, count: Int) {
        self.value = value
        self.count = count
    }
}

extension GroupCount: Equatable where Value: Equatable {}
extension GroupCount: Hashable where Value: Hashable {}
