import Synchronization

/// The row a relation field belongs to: the database it came from, its model and its values.
///
/// One owner is shared by all relation fields of a model value; it also keeps their loaded
/// results, so a relation is read once and `refresh()` reads it again.
public final class RelationOwner: Sendable {
    public let database: Ommi
    public let schema: ModelSchema
    /// The owner's column values, in the order of `schema.fields`.
    public let values: [DatabaseValue]
    private let cache = Mutex<[String: any Sendable]>([:])
    /// The typed model the owner was read as, whose schema never changes: relations of owners
    /// that know it are resolved and compiled once per database.
    let modelType: ObjectIdentifier?

    public init(database: Ommi, schema: ModelSchema, values: [DatabaseValue]) {
        self.database = database
        self.schema = schema
        self.values = values
        self.modelType = nil
    }

    init<M: Model>(database: Ommi, model: M.Type, values: [DatabaseValue]) {
        self.database = database
        self.schema = M.schema
        self.values = values
        self.modelType = ObjectIdentifier(M.self)
    }

    func cached<T: Sendable>(_ relation: String, as type: T.Type) -> T? {
        cache.withLock { entries in
            guard let entry = entries[relation] else { return nil }
            return entry as? T
        }
    }

    func store(_ value: (any Sendable)?, for relation: String) {
        cache.withLock { $0[relation] = value }
    }

    /// The value of a column of the owner.
    func value(ofColumn column: String) throws -> DatabaseValue {
        guard let index = schema.fieldIndex(ofColumn: column) else {
            throw OmmiError(.schema, "\(schema.name) has no column \(column)")
        }
        return values[index]
    }
}
