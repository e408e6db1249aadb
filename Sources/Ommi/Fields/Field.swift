/// The static descriptor of a stored property: `Post.id`, `Post.title`.
///
/// Descriptors build query conditions (`Post.id == 1`), sort keys (`Post.title.desc`),
/// assignments (`Post.title.set(to: "New")`) and references (`@ReferenceTo(Post.id)`).
public struct Field<Root: Model, Value: DatabaseValueConvertible>: Sendable {
    /// The Swift property name.
    public let name: String
    /// The column name.
    public let column: String
    /// The table of `Root`, known statically so that a descriptor never needs the whole schema.
    public let table: String

    /// A field named `name` in Swift, stored in `column` of `table`; `@Model` declares one per
    /// stored property.
    public init(name: String, column: String, table: String) {
        self.name = name
        self.column = column
        self.table = table
    }

    /// The column this descriptor stands for, as a reference target.
    public var reference: ColumnReference { ColumnReference(table: table, column: column) }
}
