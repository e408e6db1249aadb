/// A typed query: which `M` rows, in which order and window. A value: every method returns a new
/// query, so `one()` never changes what a later `all()` returns.
public struct Query<M: Model>: Sendable {
    @usableFromInline let database: Ommi
    var filters: [Condition] = []
    /// The models the filters mention besides `M`, which the query may join.
    var joinedModels: [any Model.Type] = []
    /// `M` and the models the filters mention.
    var models: [any Model.Type] { [M.self] + joinedModels }
    var order: [SortKey] = []
    var limit: Int?
    @usableFromInline var offset: Int?
    var after: [DatabaseValue]?
    @usableFromInline var eagerRelations: [String] = []
    /// The texts of the prepared query this query came from, if it did (see ``Ommi/prepare(_:)``).
    let preparedMemo: PreparedStatementMemo?

    init(database: Ommi) {
        self.database = database
        self.preparedMemo = nil
    }

    @usableFromInline
    init(database: Ommi, filter: Filter<M>, memo: PreparedStatementMemo? = nil) {
        self.database = database
        self.filters = [filter.condition]
        self.joinedModels = filter.joinedModels
        self.preparedMemo = memo
    }

    // MARK: Shaping

    /// Narrows the query with another filter (AND); the filter may be about a related model. All
    /// filters of a query are one conjunction, so terms of different filters that reach the same
    /// association constrain the same association row, as within one filter.
    public func filter<Other>(_ filter: Filter<Other>) -> Query {
        var copy = self
        copy.filters.append(filter.condition)
        copy.joinedModels += filter.models.filter { $0 != M.self }
        return copy
    }

    /// Orders the rows by the keys, the first key first. The key columns break remaining ties.
    ///
    /// A key may be a column of a model `M` references (to-one): `sorted(by: Author.name)` on
    /// books joins each book's author, so no book appears twice, and books without one (a NULL
    /// reference) sort as a NULL value does: first ascending, last descending.
    public func sorted(by keys: any SortKeyConvertible...) -> Query {
        var copy = self
        copy.order = keys.map(\.sortKey)
        return copy
    }

    /// At most `count` rows, after skipping `offset` rows.
    public func limit(_ count: Int, offset: Int = 0) -> Query {
        var copy = self
        copy.limit = count
        copy.offset = offset == 0 ? nil : offset
        return copy
    }

    /// Keyset paging: the rows that come after `model` in this query's order.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/invalidQuery`` when the query sorts by a
    ///   related model's column, whose value a `M` does not hold; page such a query with
    ///   ``limit(_:offset:)``.
    public func after(_ model: M) throws -> Query {
        var copy = self
        let values = model.databaseValues
        copy.after = try copy.selectQuery.effectiveOrder.map { key in
            guard key.column.table == M.schema.tableName, let index = M.schema.fieldIndex(ofColumn: key.column.column)
            else {
                throw OmmiError(
                    .invalidQuery,
                    "keyset paging continues after a \(M.schema.name) from its own values, but the query sorts by \(TableName.display(key.column.table)).\(key.column.column); page it with limit(_:offset:)"
                )
            }
            return values[index]
        }
        return copy
    }

    /// Loads a relation of every model the query returns, with one more query in all.
    public func including<Target>(_ relation: RelationDescriptor<M, Target>) -> Query {
        var copy = self
        copy.eagerRelations.append(relation.name)
        return copy
    }

    /// The AST the driver runs.
    public var selectQuery: SelectQuery {
        SelectQuery(
            schema: M.schema, condition: filters.isEmpty ? nil : (filters.count == 1 ? filters[0] : .and(filters)),
            order: order, limit: limit, offset: offset, after: after, catalog: database.catalog(of: models))
    }

    // MARK: Reading

    /// Every model the query selects.
    ///
    /// Inlinable so that reading rows into `[M]` is specialized for the model type where it is
    /// called: unspecialized, the append of every row looked up generic metadata at run time.
    @inlinable
    public func all() async throws -> [M] {
        if eagerRelations.isEmpty {
            return try await database.fetch(try statement(.select), as: M.self)
        }
        return try await allLoadingEagerly()
    }

    @usableFromInline
    func allLoadingEagerly() async throws -> [M] {
        let query = selectQuery
        // One owner per model holds every relation loaded eagerly, and each model is bound once.
        var models = try await database.fetch(try database.compiler.select(query), as: M.self, bindingRelations: false)
        let owners = models.map { RelationOwner(database: database, model: M.self, values: $0.databaseValues) }
        for relation in eagerRelations {
            try await RelationLoading.loadEagerly(relation, into: owners, of: M.self, owners: query, database: database)
        }
        for index in models.indices { models[index].bindRelations(to: owners[index]) }
        return models
    }

    /// The first model the query selects.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/notFound`` when there is none.
    @inlinable
    public func one() async throws -> M {
        let first = limit(1, offset: offset ?? 0)
        let found =
            eagerRelations.isEmpty
            ? try await database.fetchFirst(try first.statement(.select), as: M.self)
            : try await first.allLoadingEagerly().first
        guard let found else { throw OmmiError(.notFound, "no \(M.schema.name) matches the query") }
        return found
    }

    /// The number of models the query selects.
    public func count() async throws -> Int {
        var total = 0
        try await database.driver.query(try database.compiler.count(selectQuery)) { row in
            total = try row.decode(Int.self, at: 0)
        }
        return total
    }

    /// The models one at a time, read from the database a batch at a time, for results too large
    /// to hold at once.
    public func stream(batchSize: Int = 256) -> ModelStream<M> {
        ModelStream(query: self, batchSize: batchSize)
    }

    // MARK: Writing

    /// Deletes the rows the query selects; returns how many.
    @discardableResult
    public func delete() async throws -> Int {
        try checkWritable()
        let deleted = try await database.driver.execute(try statement(.delete))
        database.wrote(M.schema.tableName)
        return deleted
    }

    /// Sets columns of the rows the query selects: `.update(Post.title.set(to: "New"))`.
    /// Only assignments to the query's own model are accepted, which the compiler checks.
    /// Returns how many rows changed.
    @discardableResult
    public func update(_ assignments: Assignment<M>...) async throws -> Int {
        try checkWritable()
        let columns = assignments.map(\.column)
        let updated = try await database.driver.execute(try statement(.update(columns)))
        database.wrote(M.schema.tableName)
        return updated
    }

    private func checkWritable() throws {
        if M.schema.isReadOnly { throw OmmiError(.readOnly, "\(M.schema.name) is read-only") }
    }
}
