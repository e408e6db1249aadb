/// A new value for a column, untyped: what the compiler writes into `UPDATE` and association
/// rows, and what dynamic models (a reflected table in the browser) build by column name.
///
/// Typed code writes an ``Assignment`` instead (`Post.title.set(to: "New title")`), which the
/// compiler checks belongs to the model being written.
public struct ColumnAssignment: Sendable, Hashable {
    /// The column set.
    public var column: String
    /// The value it is set to.
    public var value: DatabaseValue

    /// Sets `column` to `value`.
    public init(column: String, value: DatabaseValue) {
        self.column = column
        self.value = value
    }
}

/// A new value for a column of `Root`: `Post.title.set(to: "New title")`.
///
/// The model is part of the type, so `db.find(Post.id == 1).update(...)` accepts only
/// assignments to `Post`'s columns and an attach payload only assignments to the association
/// model's: assigning `Author.id` in an update of posts does not compile.
public struct Assignment<Root: Model>: Sendable, Hashable {
    /// The column and value, as the compiler writes them.
    public let column: ColumnAssignment

    init(_ column: ColumnAssignment) {
        self.column = column
    }
}

extension Field {
    /// An assignment of `value` to this field's column, for `update` and attach payloads of `Root`.
    public func set(to value: Value) -> Assignment<Root> {
        Assignment(ColumnAssignment(column: column, value: value.databaseValue))
    }
}
