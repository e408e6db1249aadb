/// The models of an application, set up and removed together.
///
/// ```swift
/// let appModels = ModelCollection(Post.self, Tag.self, PostTag.self)
/// try await appModels.setup(on: db)   // creates what is missing, never drops
/// ```
public struct ModelCollection: Sendable {
    /// The schemas, in the order the collection was given them.
    public let schemas: [ModelSchema]

    /// The collection of `types`.
    public init(_ types: any Model.Type...) {
        self.schemas = types.map { $0.schema }
    }

    /// A collection of schemas, typically reflected from a database.
    public init(schemas: [ModelSchema]) {
        self.schemas = schemas
    }

    /// The schema of the model with the given name or table.
    public func schema(named name: String) -> ModelSchema? {
        schemas.first { $0.name == name } ?? schemas.first { $0.tableName == name }
    }

    /// A catalog of the collection's schemas for queries and relations.
    public var catalog: SchemaCatalog { SchemaCatalog(schemas) }

    /// Brings the database up to the models where that is safe, in one transaction: creates the
    /// tables that do not exist yet, with their keys, foreign keys and reference indexes, and adds
    /// missing columns that existing rows can take (optional, with a default, or to an empty
    /// table), with their references. It never drops, renames or rewrites anything.
    ///
    /// Unique constraints (`@Unique`, `@Model(unique:)`) are part of each new table; indexes
    /// (`@Indexed`, references) are created with `IF NOT EXISTS` under deterministic names.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/schema``, before anything is changed, when
    ///   a schema stores two fields in one column, when a field references a field of the
    ///   collection that is not a key or has another type, or when the database differs from the
    ///   models in a way that needs a ``Migrator`` (the message lists ``differences(on:)``, one per
    ///   line).
    public func setup(on database: Ommi) async throws {
        for schema in schemas where !schema.isReadOnly {
            try schema.validate()
            try schema.validateReferences(among: schemas)
        }
        try await evolve(database)
    }

    /// Drops the collection's tables (referencing tables first), in one transaction.
    public func remove(from database: Ommi) async throws {
        let compiler = database.compiler
        let statements = dependencyOrder.reversed().filter { !$0.isReadOnly }.map(compiler.dropTable)
        try await database.transaction {
            for sql in statements { try await database.driver.execute(SQLStatement(sql)) }
        }
    }

    /// The schemas with every referenced table before the tables that reference it (as far as
    /// cycles allow).
    var dependencyOrder: [ModelSchema] {
        var placed: Set<String> = []
        var ordered: [ModelSchema] = []
        var remaining = schemas
        while !remaining.isEmpty {
            let tables = Set(remaining.map(\.tableName))
            let ready = remaining.filter { schema in
                schema.foreignKeys.allSatisfy {
                    $0.targetTable == schema.tableName || placed.contains($0.targetTable)
                        || !tables.contains($0.targetTable)
                }
            }
            let next = ready.isEmpty ? [remaining[0]] : ready
            for schema in next {
                ordered.append(schema)
                placed.insert(schema.tableName)
            }
            remaining.removeAll { placed.contains($0.tableName) }
        }
        return ordered
    }
}
