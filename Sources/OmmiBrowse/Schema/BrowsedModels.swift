import Ommi

/// The models the browser lists: an application's declared models as it declares them, and the
/// tables of the database it does not declare, as reflection reads them and marked as such.
///
/// Declared beats inferred. A declared model keeps its fields, keys, label and relations, with
/// their names and kinds (`labels` through `@AssociateUsing`, `writer` through `@Via`); it gains
/// only the relations the database has that none of its declared ones follows, such as those of
/// the tables the application does not declare, under their reflected names.
public struct BrowsedModels: Sendable {
    /// Every model: the declared ones (with the models their relations name), then the others.
    public let collection: ModelCollection
    /// The names of the models the application does not declare, which only the database knows.
    public let undeclared: Set<String>

    /// What the database says and nothing more: every model reflected, none marked.
    public init(reflected: ModelCollection) {
        collection = reflected
        undeclared = []
    }

    /// The declared models, completed by the database that `reflected` was read from.
    public init(declared: ModelCollection, reflected: ModelCollection) {
        let declaredSchemas = Self.withRelatedTypes(declared.schemas).map(Self.namingTables)
        let declaredTables = Set(declaredSchemas.map(\.tableName))
        let others = reflected.schemas.filter { !declaredTables.contains($0.tableName) }
        let reflectedByTable = Dictionary(
            reflected.schemas.map { ($0.tableName, $0) }, uniquingKeysWith: { first, _ in first })
        let catalog = SchemaCatalog(declaredSchemas + others)
        let completed = declaredSchemas.map { declared in
            let schema = Self.pinningReferences(of: declared, in: catalog)
            return reflectedByTable[schema.tableName].map { Self.completing(schema, from: $0, in: catalog) } ?? schema
        }
        collection = ModelCollection(schemas: completed + others)
        undeclared = Set(others.map(\.name))
    }

    /// The schemas, then those of the models their relations name by type, transitively, each
    /// table once: a model an application reaches only through a relation is declared too.
    private static func withRelatedTypes(_ schemas: [ModelSchema]) -> [ModelSchema] {
        var all = schemas
        var tables = Set(schemas.map(\.tableName))
        var next = 0
        while next < all.count {
            for relation in all[next].relations {
                for case .type(let type) in [relation.target] + (relation.through.map { [$0] } ?? []) {
                    let related = type.schema
                    if tables.insert(related.tableName).inserted { all.append(related) }
                }
            }
            next += 1
        }
        return all
    }

    /// The schema with its relations naming their models by table, so that following one leads
    /// to the model as the browser lists it.
    private static func namingTables(_ schema: ModelSchema) -> ModelSchema {
        var schema = schema
        for index in schema.relations.indices {
            schema.relations[index].target = .table(schema.relations[index].target.tableName)
            schema.relations[index].through = schema.relations[index].through.map { .table($0.tableName) }
        }
        return schema
    }

    /// `schema` with each to-one relation that follows a reference of its own naming that
    /// reference's columns, as `@Via` would: the field that holds the reference then opens the
    /// relation, whether the model chose the reference by `@Via` or by the relation's name.
    private static func pinningReferences(of schema: ModelSchema, in catalog: SchemaCatalog) -> ModelSchema {
        var schema = schema
        for index in schema.relations.indices where schema.relations[index].kind == .toOne {
            let relation = schema.relations[index]
            guard relation.via == nil, let resolved = try? ResolvedRelation.resolve(relation, of: schema, in: catalog),
                schema.foreignKeys.contains(where: {
                    $0.columns == resolved.ownerColumns && $0.targetTable == resolved.target.tableName
                })
            else { continue }
            schema.relations[index].via = resolved.ownerColumns
        }
        return schema
    }

    /// `schema` with the relations of its table as reflected (`database`) that follow a path
    /// none of its own follows, each under a name its own do not use.
    private static func completing(_ schema: ModelSchema, from database: ModelSchema, in catalog: SchemaCatalog)
        -> ModelSchema
    {
        var schema = schema
        var followed = Set(schema.relations.compactMap { RelationPath(of: $0, from: schema, in: catalog) })
        var names = Set(schema.relations.map(\.name))
        for relation in database.relations {
            guard let path = RelationPath(of: relation, from: schema, in: catalog), followed.insert(path).inserted
            else { continue }
            var added = relation
            var number = 2
            while names.contains(added.name) {
                added.name = relation.name + String(number)
                number += 1
            }
            names.insert(added.name)
            schema.relations.append(added)
        }
        return schema
    }
}

/// Which rows a relation leads to, whatever it is called: the tables and columns it joins.
private struct RelationPath: Hashable {
    var kind: RelationKind
    var target: String
    var ownerColumns: [String]
    var targetColumns: [String]
    var through: String?
    var throughColumns: [[String]]

    /// The path of `relation` of `owner`; nil when it leads nowhere in `catalog`.
    init?(of relation: RelationSchema, from owner: ModelSchema, in catalog: SchemaCatalog) {
        guard let resolved = try? ResolvedRelation.resolve(relation, of: owner, in: catalog) else { return nil }
        kind = resolved.kind
        target = resolved.target.tableName
        ownerColumns = resolved.ownerColumns
        targetColumns = resolved.targetColumns
        through = resolved.through?.schema.tableName
        throughColumns = resolved.through.map { [$0.ownerSide, $0.targetSide] } ?? []
    }
}
