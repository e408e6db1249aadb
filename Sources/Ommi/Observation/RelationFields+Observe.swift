extension LazyLoadEveryRelated {
    /// The related models, now and again after every committed change that can affect them
    /// (to the target's table or the association's), as ``Query/observe(interval:)`` does:
    /// `for try await tags in try post.tags.observe() { … }`.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/detached`` when the model was not read
    ///   from or added to a database.
    public func observe(interval: Duration = DatabaseChanges.defaultInterval) throws -> QueryObservation<[Target]> {
        let field = self
        let owner = try RelationLoading.attachedOwner(owner, relation: relation, target: Target.self)
        return QueryObservation(
            database: owner.database, tables: RelationLoading.tablesRead(by: relation, of: owner.schema),
            interval: interval, read: { try await field.refresh() },
            same: { $0.map(\.databaseValues) == $1.map(\.databaseValues) })
    }
}

extension LazyLoadTheRelated {
    /// The related model, now and again after every committed change that can affect it, as
    /// ``Query/observe(interval:)`` does; nil while there is none.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/detached`` when the model was not read
    ///   from or added to a database.
    public func observe(interval: Duration = DatabaseChanges.defaultInterval) throws -> QueryObservation<Target?> {
        let field = self
        let owner = try RelationLoading.attachedOwner(owner, relation: relation, target: Target.self)
        return QueryObservation(
            database: owner.database, tables: RelationLoading.tablesRead(by: relation, of: owner.schema),
            interval: interval, read: { try await field.refresh() },
            same: { $0?.databaseValues == $1?.databaseValues })
    }
}

extension RelationLoading {
    /// The tables a relation's rows are read from: the target's and the association's; nil
    /// (every table) when the relation cannot be resolved, whose read then reports why.
    static func tablesRead(by name: String, of schema: ModelSchema) -> Set<String>? {
        guard let relation = try? resolve(name, of: schema) else { return nil }
        return Set([relation.target.tableName] + (relation.through.map { [$0.schema.tableName] } ?? []))
    }
}
