/// The schemas a query or relation may reach, by table name.
///
/// Typed code builds one from the model types it mentions (and the models their relations name);
/// reflected collections hand over all their schemas.
public struct SchemaCatalog: Sendable {
    private var byTable: [String: ModelSchema] = [:]
    private var order: [String] = []

    /// A catalog of `schemas`.
    public init(_ schemas: [ModelSchema] = []) {
        for schema in schemas { add(schema) }
    }

    /// The catalog of the given model types and every model their relations name.
    public init(types: [any Model.Type]) {
        for type in types { add(type.schema) }
        for type in types {
            for relation in type.schema.relations {
                for reference in [relation.target] + (relation.through.map { [$0] } ?? []) {
                    if case .type(let related) = reference, byTable[related.schema.tableName] == nil {
                        add(related.schema)
                    }
                }
            }
        }
    }

    /// Adds `schema`, replacing one of the same table.
    public mutating func add(_ schema: ModelSchema) {
        if byTable.updateValue(schema, forKey: schema.tableName) == nil { order.append(schema.tableName) }
    }

    /// All schemas, in the order they were added.
    public var schemas: [ModelSchema] { order.compactMap { byTable[$0] } }

    /// The schema of `table`; throws `.schema` naming it when the catalog has none.
    public func schema(table: String) throws -> ModelSchema {
        guard let schema = byTable[table] else { throw OmmiError(.schema, "no model has the table \(table)") }
        return schema
    }

    /// The schema a relation's reference names; throws `.schema` when the catalog has none.
    public func schema(_ reference: ModelReference) throws -> ModelSchema {
        switch reference {
        case .type(let type): type.schema
        case .table(let table): try schema(table: table)
        }
    }
}
