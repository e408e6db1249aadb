/// A new value for a column, as `update` and association payloads take it:
/// `Post.title.set(to: "New title")`.
public struct ColumnAssignment: Sendable, Hashable {
    public var column: String
    public var value: DatabaseValue

    public init(column: String, value: DatabaseValue) {
        self.column = column
        self.value = value
    }
}

extension Field {
    /// An assignment of `value` to this field's column.
    public func set(to value: Value) -> ColumnAssignment {
        ColumnAssignment(column: column, value: value.databaseValue)
    }
}
