/// The static descriptor of a relation field (`Post.tags`), used to load it eagerly for many
/// owners in one query: `db.find(Post.self).including(Post.tags)`.
public struct RelationDescriptor<Owner: Model, Target: Model>: Sendable {
    /// The relation's name: the name of the model's relation property.
    public let name: String

    /// The relation called `name`; `@Model` declares one per relation property.
    public init(name: String) {
        self.name = name
    }
}
