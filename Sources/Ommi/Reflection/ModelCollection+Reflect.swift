extension ModelCollection {
    /// Reads the schema of a live database into a collection of dynamic models: every table and
    /// view, their keys, declared and inferred references, association models, and readable
    /// relations on both sides of each reference.
    ///
    /// Only the database's catalog is read; no table is scanned, whatever its size.
    ///
    /// ```swift
    /// let models = try await ModelCollection.reflect(from: db)
    /// let posts = DynamicModel(schema: models.schema(named: "Post")!, database: db, catalog: models.catalog)
    /// let (_, tags) = try await posts.related("tags", of: firstPost)
    /// ```
    public static func reflect(from database: Ommi) async throws -> ModelCollection {
        ModelCollection(schemas: SchemaReflection.complete(try await database.driver.introspect()))
    }
}

/// Turns the bare schemas a driver reads (columns, keys, declared foreign keys) into models with
/// relations, inferring what the database does not declare.
enum SchemaReflection {
    static func complete(_ introspected: [ModelSchema]) -> [ModelSchema] {
        var schemas = ReferenceInference.normalizeDeclared(introspected)
        schemas = ReferenceInference.inferReferences(in: schemas)
        let associations = AssociationDetection.associations(in: schemas)
        return ReflectedRelations.attach(to: schemas, associations: associations)
    }
}
