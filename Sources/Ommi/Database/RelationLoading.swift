/// Loading and changing the rows of relations, for lazy fields and eager queries alike.
enum RelationLoading {
    static func attachedOwner<Target>(_ owner: RelationOwner?, relation: String, target: Target.Type) throws
        -> RelationOwner
    {
        guard let owner else {
            throw OmmiError(
                .detached,
                "this \(Target.self) relation belongs to a model that was not read from or added to a database, so there is nothing to load"
            )
        }
        return owner
    }

    static func resolve(_ name: String, of schema: ModelSchema) throws -> ResolvedRelation {
        guard let relation = schema.relation(named: name) else {
            throw OmmiError(.schema, "\(schema.name) has no relation \(name)")
        }
        return try ResolvedRelation.resolve(relation, of: schema, in: SchemaCatalog([schema]))
    }

    static func load<Target: Model>(_ name: String, of owner: RelationOwner, limit: Int?) async throws -> [Target] {
        guard let statement = try statement(name, of: owner, limit: limit) else { return [] }
        return try await owner.database.fetch(statement, as: Target.self)
    }

    /// The statement that reads a relation of one owner; nil when an owner value it needs is NULL.
    /// For owners of typed models the relation is resolved and its text compiled once per
    /// database: doing both for every lazy load was most of what a load cost beside SQLite.
    private static func statement(_ name: String, of owner: RelationOwner, limit: Int?) throws -> SQLStatement? {
        let cache = owner.database.relationStatements
        let key = owner.modelType.map { RelationStatementCache.Key(model: $0, relation: name) }
        if let key, let entry = cache.entry(key) {
            let ownerValues = entry.ownerIndexes.map { owner.values[$0] }
            if ownerValues.contains(where: \.isNull) { return nil }
            if limit == nil, let text = entry.text { return SQLStatement(text, ownerValues) }
            return owner.database.compiler.related(entry.relation, ownerValues: ownerValues, limit: limit)
        }
        let relation = try resolve(name, of: owner.schema)
        let ownerValues = try relation.ownerColumns.map(owner.value(ofColumn:))
        let statement = owner.database.compiler.related(relation, ownerValues: ownerValues, limit: limit)
        if let key {
            let ownerIndexes = relation.ownerColumns.compactMap(owner.schema.fieldIndex(ofColumn:))
            if ownerIndexes.count == relation.ownerColumns.count {
                let text = limit == nil && statement?.arguments == ownerValues ? statement?.sql : nil
                cache.store(
                    key, RelationStatementCache.Entry(relation: relation, ownerIndexes: ownerIndexes, text: text))
            }
        }
        return statement
    }

    /// Loads the relation called `name` for every owner `query` selects, with one statement, into
    /// the owners (one per model, in the query's order).
    static func loadEagerly<Owner: Model>(
        _ name: String, into owners: [RelationOwner], of type: Owner.Type, owners query: SelectQuery, database: Ommi
    ) async throws {
        let relation = try resolve(name, of: Owner.schema)
        guard case .type(let targetType) = Owner.schema.relation(named: name)?.target else {
            throw OmmiError(.schema, "\(Owner.schema.name).\(name) does not name a model type")
        }
        try await loadEagerly(relation, as: targetType, into: owners, of: Owner.self, owners: query, database: database)
    }

    private static func loadEagerly<Owner: Model, Target: Model>(
        _ relation: ResolvedRelation, as target: Target.Type, into owners: [RelationOwner], of type: Owner.Type,
        owners query: SelectQuery, database: Ommi
    ) async throws {
        let statement = try database.compiler.eagerRelated(relation, owners: query)
        let ownerIndexes = try relation.ownerColumns.map { column in
            guard let index = Owner.schema.fieldIndex(ofColumn: column) else {
                throw OmmiError(.schema, "\(Owner.schema.name) has no column \(column)")
            }
            return index
        }
        // Rows are read into one array of targets, and grouped by position under their owner
        // values afterwards: grouping the targets themselves ran the generic dictionary and array
        // code of `Target` for every row. With one owner column, as almost always, the value
        // itself is the key, without an array per row to hash.
        let width = ownerIndexes.count
        var targets: [Target] = []
        var keys: [DatabaseValue] = []
        var compositeKeys: [[DatabaseValue]] = []
        try await database.driver.query(statement) { row in
            if width == 1 {
                keys.append(row.value(at: 0))
            } else {
                compositeKeys.append((0..<width).map { row.value(at: $0) })
            }
            targets.append(try Target(row: Row(reader: row.reader, offset: width)))
        }
        let positions: ([DatabaseValue]) -> [Int]
        if width == 1 {
            var byKey: [DatabaseValue: [Int]] = [:]
            for (position, key) in keys.enumerated() { byKey[key, default: []].append(position) }
            positions = { values in byKey[values[ownerIndexes[0]]] ?? [] }
        } else {
            var byKey: [[DatabaseValue]: [Int]] = [:]
            for (position, key) in compositeKeys.enumerated() { byKey[key, default: []].append(position) }
            positions = { values in byKey[ownerIndexes.map { values[$0] }] ?? [] }
        }
        for owner in owners {
            var related = positions(owner.values).map { targets[$0] }
            if !Target.schema.relations.isEmpty {
                for item in related.indices { database.bind(&related[item]) }
            }
            switch relation.kind {
            case .toOne: owner.store(Optional(related.first), for: relation.name)
            case .toMany, .manyToMany: owner.store(related, for: relation.name)
            }
        }
    }

    static func attach(
        _ targets: [[DatabaseValue]], to owner: RelationOwner, relation name: String, payload: [ColumnAssignment]
    ) async throws {
        let relation = try resolve(name, of: owner.schema)
        let database = owner.database
        let sql = try database.compiler.associationInsert(relation, payloadColumns: payload.map(\.column))
        let ownerValues = try relation.ownerColumns.map(owner.value(ofColumn:))
        let argumentSets = try targets.map { values in
            ownerValues + (try targetValues(relation, values)) + payload.map(\.value)
        }
        try await database.transaction {
            try await database.driver.executeBatch(sql, argumentSets, nil)
            database.wrote(relation.through?.schema.tableName ?? relation.target.tableName)
        }
    }

    static func detach(_ targets: [[DatabaseValue]], from owner: RelationOwner, relation name: String) async throws
        -> Int
    {
        let relation = try resolve(name, of: owner.schema)
        let database = owner.database
        let ownerValues = try relation.ownerColumns.map(owner.value(ofColumn:))
        let statements = try targets.map { values in
            try database.compiler.associationDelete(
                relation, ownerValues: ownerValues, targetValues: try targetValues(relation, values))
        }
        return try await database.transaction {
            var removed = 0
            for statement in statements { removed += try await database.driver.execute(statement) }
            database.wrote(relation.through?.schema.tableName ?? relation.target.tableName)
            return removed
        }
    }

    /// The values of the target columns a relation matches, from a target row's values.
    private static func targetValues(_ relation: ResolvedRelation, _ values: [DatabaseValue]) throws -> [DatabaseValue]
    {
        try relation.targetColumns.map { column in
            guard let index = relation.target.fieldIndex(ofColumn: column) else {
                throw OmmiError(.schema, "\(relation.target.name) has no column \(column)")
            }
            return values[index]
        }
    }
}
