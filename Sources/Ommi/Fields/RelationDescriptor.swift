/// The static descriptor of a relation field (`Post.tags`), used to load it eagerly for many
/// owners in one query: `db.find(Post.self).including(Post.tags)`.
public struct RelationDescriptor<Owner: Model, Target: Model>: Sendable {
    public let name: String

    public init(name: String) {
        self.name = name
    }
}
