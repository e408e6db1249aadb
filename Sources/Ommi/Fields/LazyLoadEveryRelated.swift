/// A to-many relation loaded on first use: the rows that reference this model or, with
/// `@AssociateUsing`, the rows associated with it through an association model.
///
/// The result is cached after the first load; `refresh()` reads it again. Many-to-many fields
/// also `attach` and `detach` rows, each call in one transaction.
public struct LazyLoadEveryRelated<Target: Model>: Sendable {
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

    /// The related models, loaded once with one query.
    public var value: [Target] {
        get async throws {
            let owner = try RelationLoading.attachedOwner(owner, relation: relation, target: Target.self)
            if let cached = owner.cached(relation, as: [Target].self) { return cached }
            return try await refresh()
        }
    }

    /// The related models as a ``DBResult``, for code that handles failure without `throws`.
    public var result: DBResult<[Target]> {
        get async { await DBResult { try await value } }
    }

    /// The related models, or `fallback` when loading fails.
    public func orUse(_ fallback: [Target]) async -> [Target] {
        await result.orUse(fallback)
    }

    /// Loads the related models again and returns them.
    @discardableResult
    public func refresh() async throws -> [Target] {
        let owner = try RelationLoading.attachedOwner(owner, relation: relation, target: Target.self)
        let loaded: [Target] = try await RelationLoading.load(relation, of: owner, limit: nil)
        owner.store(loaded, for: relation)
        return loaded
    }

    /// Associates the targets with this model (many-to-many only), writing one association row
    /// each in one transaction.
    public func attach(_ targets: Target...) async throws {
        try await attach(targets, payload: [], of: nil)
    }

    /// Associates the targets with this model (many-to-many only), writing one association row
    /// each in one transaction; `payload` sets other columns of the association rows:
    /// `post.tags.attach(tag, payload: [PostTag.createdAt.set(to: "today")])`.
    ///
    /// Every assignment is of one model, which the compiler checks; that it is this relation's
    /// association model is checked before anything is written.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/invalidQuery`` when `Association` is not
    ///   the model this relation associates through.
    public func attach<Association: Model>(_ targets: Target..., payload: [Assignment<Association>]) async throws {
        try await attach(targets, payload: payload.map(\.column), of: payload.isEmpty ? nil : Association.schema)
    }

    private func attach(_ targets: [Target], payload: [ColumnAssignment], of association: ModelSchema?) async throws {
        let owner = try RelationLoading.attachedOwner(owner, relation: relation, target: Target.self)
        if let association, let through = owner.schema.relation(named: relation)?.through,
            through.tableName != association.tableName
        {
            throw OmmiError(
                .invalidQuery,
                "\(owner.schema.name).\(relation) associates through \(TableName.display(through.tableName)), so its payload cannot set columns of \(association.name)"
            )
        }
        try await RelationLoading.attach(targets.map(\.databaseValues), to: owner, relation: relation, payload: payload)
        owner.store(nil, for: relation)
    }

    /// Removes the association rows between this model and the targets (many-to-many only), in
    /// one transaction. Returns the number of association rows removed.
    @discardableResult
    public func detach(_ targets: Target...) async throws -> Int {
        let owner = try RelationLoading.attachedOwner(owner, relation: relation, target: Target.self)
        let removed = try await RelationLoading.detach(targets.map(\.databaseValues), from: owner, relation: relation)
        owner.store(nil, for: relation)
        return removed
    }
}
