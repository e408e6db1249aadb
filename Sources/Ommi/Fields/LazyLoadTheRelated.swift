/// A to-one relation loaded on first use: the row this model references, or that references it.
///
/// `value` is nil for a NULL or dangling reference. The result is cached after the first load;
/// `refresh()` reads it again.
public struct LazyLoadTheRelated<Target: Model>: Sendable {
    let owner: RelationOwner?
    let relation: String

    /// A field not yet connected to a database (a model built in code).
    public init() {
        self.owner = nil
        self.relation = ""
    }

    /// The field of a model read from or written to a database (as `binding` says), loading by
    /// the model's current column values `values`. `@Model` makes relation fields computed
    /// properties that call this, so the field always follows the model's values.
    public init(binding: RelationBinding, relation: String, values: @autoclosure () -> [DatabaseValue]) {
        self.owner = binding.owner?.following(values())
        self.relation = relation
    }

    /// The related model, loaded once.
    public var value: Target? {
        get async throws {
            let owner = try RelationLoading.attachedOwner(owner, relation: relation, target: Target.self)
            if let cached = owner.cached(relation, as: Target?.self) { return cached }
            return try await refresh()
        }
    }

    /// The related model as a ``DBResult``, for code that handles failure without `throws`.
    public var result: DBResult<Target?> {
        get async { await DBResult { try await value } }
    }

    /// The related model, or `fallback` when loading fails.
    public func orUse(_ fallback: Target?) async -> Target? {
        await result.orUse(fallback)
    }

    /// Loads the related model again and returns it.
    @discardableResult
    public func refresh() async throws -> Target? {
        let owner = try RelationLoading.attachedOwner(owner, relation: relation, target: Target.self)
        let loaded: [Target] = try await RelationLoading.load(relation, of: owner, limit: 1)
        owner.store(Optional(loaded.first), for: relation)
        return loaded.first
    }
}
