import Synchronization

/// The row a relation field belongs to: the database it came from, its model and its values.
///
/// One owner is shared by all relation fields of a model value; it also keeps their loaded
/// results, so a relation is read once and `refresh()` reads it again. A loaded result is kept with
/// the owner values it was loaded for and returned only for those: after `book.authorID = 3`,
/// `book.author` loads author 3 rather than returning the author loaded for the old key.
public final class RelationOwner: Sendable {
    /// The database the row was read from or written to, which its relations read.
    public let database: Ommi
    /// The schema of the owner's model, whose relations the fields load.
    public let schema: ModelSchema
    /// The owner's column values, in the order of `schema.fields`.
    public let values: [DatabaseValue]
    private let cache: Cache
    /// The typed model the owner was read as, whose schema never changes: relations of owners
    /// that know it are resolved and compiled once per database.
    let modelType: ObjectIdentifier?

    /// The owner of a row of `schema` with `values`, on `database`.
    public init(database: Ommi, schema: ModelSchema, values: [DatabaseValue]) {
        self.database = database
        self.schema = schema
        self.values = values
        self.modelType = nil
        self.cache = Cache()
    }

    init<M: Model>(database: Ommi, model: M.Type, values: [DatabaseValue]) {
        self.database = database
        self.schema = M.schema
        self.values = values
        self.modelType = ObjectIdentifier(M.self)
        self.cache = Cache()
    }

    private init(following owner: RelationOwner, values: [DatabaseValue]) {
        self.database = owner.database
        self.schema = owner.schema
        self.values = values
        self.modelType = owner.modelType
        self.cache = owner.cache
    }

    /// This owner with the model's current values: itself while they are unchanged, otherwise an
    /// owner of the same row and cache that loads by the new values.
    func following(_ currentValues: [DatabaseValue]) -> RelationOwner {
        currentValues == values ? self : RelationOwner(following: self, values: currentValues)
    }

    /// The result loaded for `relation`, if it was loaded for this owner's values.
    func cached<T: Sendable>(_ relation: String, as type: T.Type) -> T? {
        cache.entries.withLock { entries in
            guard let entry = entries[relation], entry.values == values else { return nil }
            return entry.value as? T
        }
    }

    /// Keeps the result loaded for `relation` with this owner's values; nil forgets it.
    func store(_ value: (any Sendable)?, for relation: String) {
        cache.entries.withLock { entries in
            entries[relation] = value.map { Cache.Entry(values: values, value: $0) }
        }
    }

    /// The value of a column of the owner.
    func value(ofColumn column: String) throws -> DatabaseValue {
        guard let index = schema.fieldIndex(ofColumn: column) else {
            throw OmmiError(.schema, "\(schema.name) has no column \(column)")
        }
        return values[index]
    }

    /// The loaded results of the relations of one row, shared by the owners that follow its values.
    private final class Cache: Sendable {
        struct Entry: Sendable {
            let values: [DatabaseValue]
            let value: any Sendable
        }

        let entries = Mutex<[String: Entry]>([:])
    }
}
