/// What the relation fields of a model value load through: the row it was read as or written to,
/// or nothing for a value built in code.
///
/// `@Model` stores one in each model with relations. It takes no part in what makes the model a
/// value: every binding equals every other and hashes to nothing, so a model that adopts
/// `Equatable` or `Hashable` compares and hashes by its columns alone; and it is not coded.
public struct RelationBinding: Sendable, Hashable {
    /// The row the relations belong to; nil while the value is not read from or written to a database.
    public let owner: RelationOwner?

    /// A binding to `owner`, or none for a value built in code.
    public init(owner: RelationOwner? = nil) {
        self.owner = owner
    }

    /// Always true: bindings take no part in a model's equality.
    public static func == (lhs: RelationBinding, rhs: RelationBinding) -> Bool { true }

    /// Hashes nothing: bindings take no part in a model's hash.
    public func hash(into hasher: inout Hasher) {}
}
