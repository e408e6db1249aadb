import Synchronization

/// The database object: adds models, finds them with queries, runs transactions.
///
/// ```swift
/// let db = try await Ommi(SQLiteDriver.connect(path: "app.db"))
/// try await appModels.setup(on: db)
/// let post = try await db.add(Post(title: "Ommi is Great"))
/// let tags = try await db.find(Post.id == post.id).one().tags.value
/// ```
public final class Ommi: Sendable {
    /// The driver every statement runs through.
    public let driver: any Driver
    @usableFromInline let compiler: SQLCompiler
    /// The catalog of each model type queried on its own, built once: building it for every
    /// query was a measurable part of a lookup by key.
    private let catalogs = Mutex<[ObjectIdentifier: SchemaCatalog]>([:])
    /// Relations of typed models as lazy loads use them, resolved and compiled once.
    let relationStatements = RelationStatementCache()
    /// Texts of the writes of model values by key (`save`, `delete`, `upsert`), compiled once.
    let writeStatements = ModelWriteStatements()
    /// The commits made through this object, by table, for observers.
    let changeHub = ChangeHub()

    /// A database on `driver`: what the models are read from and written to.
    public init(_ driver: any Driver) {
        self.driver = driver
        self.compiler = SQLCompiler(dialect: driver.dialect)
    }

    // MARK: Adding

    /// Inserts models of any types, in one transaction, and returns them as stored: with keys the
    /// database assigned (`@Auto`) and relation fields ready to load.
    @discardableResult
    public func add<each M: Model>(_ models: repeat each M) async throws -> (repeat each M) {
        try await transaction {
            (repeat try await self.addOne(each models))
        }
    }

    /// Inserts many models of one type in one transaction, with one prepared statement per shape.
    @discardableResult
    public func add<M: Model>(contentsOf models: [M]) async throws -> [M] {
        try await transaction { try await self.insert(models) }
    }

    private func addOne<M: Model>(_ model: M) async throws -> M {
        try await insert([model])[0]
    }

    func insert<M: Model>(_ models: [M]) async throws -> [M] {
        let schema = M.schema
        if schema.isReadOnly { throw OmmiError(.readOnly, "\(schema.name) is read-only") }
        let autoIndex = schema.fields.firstIndex(where: \.isAuto)
        var stored = models
        var start = 0
        let allValues = models.map(\.databaseValues)
        func asksForNewKey(_ row: Int) -> Bool {
            autoIndex.map { Self.asksForNewKey(allValues[row][$0]) } ?? false
        }
        while start < models.count {
            let omitAuto = asksForNewKey(start)
            var end = start + 1
            while end < models.count, asksForNewKey(end) == omitAuto { end += 1 }
            let columnIndexes = schema.fields.indices.filter { !(omitAuto && $0 == autoIndex) }
            let returning = omitAuto ? [schema.fields[autoIndex ?? 0].column] : []
            // Every column inserted: the row's values are the arguments as they are, with no
            // second array per row.
            let argumentSets =
                columnIndexes.count == schema.fields.count
                ? Array(allValues[start..<end])
                : allValues[start..<end].map { values in columnIndexes.map { values[$0] } }
            let offset = start
            var assigned: [(Int, DatabaseValue)] = []
            let rows = RowInsert(
                into: schema, columns: columnIndexes.map { schema.fields[$0].column }, returning: returning,
                rows: argumentSets, compiler: compiler)
            try await driver.insert(
                rows,
                omitAuto
                    ? { index, row in
                        assigned.append((offset + index, row.value(at: 0)))
                    } : nil)
            for (index, key) in assigned { try stored[index].assignAutoKey(key) }
            if !omitAuto, let autoIndex,
                let sql = driver.dialect.statementAfterExplicitAutoKeys(
                    table: schema.tableName, column: schema.fields[autoIndex].column)
            {
                try await driver.execute(SQLStatement(sql))
            }
            start = end
        }
        wrote(schema.tableName)
        if !schema.relations.isEmpty {
            for index in stored.indices { bind(&stored[index]) }
        }
        return stored
    }

    /// An `@Auto` key of 0 or NULL asks the database for a new key.
    static func asksForNewKey(_ value: DatabaseValue) -> Bool {
        value == .null || value == .integer(0)
    }

    @usableFromInline
    func bind<M: Model>(_ model: inout M) {
        model.bindRelations(to: RelationOwner(database: self, model: M.self, values: model.databaseValues))
    }

    // MARK: Finding

    /// A query for the models the filters select (all of them AND-ed); the query returns models of
    /// the first filter's root.
    public func find<M: Model>(_ filter: Filter<M>, _ more: Filter<M>...) -> Query<M> {
        more.reduce(Query(database: self, filter: filter)) { $0.filter($1) }
    }

    /// A query for every row of a model, to narrow with `filter`, sort, page, update or delete.
    public func find<M: Model>(_ type: M.Type) -> Query<M> {
        Query(database: self)
    }

    /// The catalog of the given model types and the models their relations name.
    func catalog(of types: [any Model.Type]) -> SchemaCatalog {
        guard types.count == 1 else { return SchemaCatalog(types: types) }
        let key = ObjectIdentifier(types[0])
        if let catalog = catalogs.withLock({ $0[key] }) { return catalog }
        let catalog = SchemaCatalog(types: types)
        catalogs.withLock { $0[key] = catalog }
        return catalog
    }

    // MARK: Statements

    /// Rows of a statement decoded as `M`, with relation fields bound.
    /// With `bindingRelations` false the caller binds them (eager loading binds each model once,
    /// to an owner that already holds the loaded relations).
    @inlinable
    func fetch<M: Model>(_ statement: SQLStatement, as type: M.Type, bindingRelations: Bool = true) async throws -> [M]
    {
        var models: [M] = []
        try await driver.query(statement) { row in models.append(try M(row: row)) }
        if bindingRelations && !M.schema.relations.isEmpty {
            for index in models.indices { bind(&models[index]) }
        }
        return models
    }

    /// The first row of a statement decoded as `M` (a statement of one row at most, such as a
    /// lookup with `LIMIT 1`), with relation fields bound; nil when there is none. Reads the row
    /// straight into the model, with no array around it.
    @inlinable
    func fetchFirst<M: Model>(_ statement: SQLStatement, as type: M.Type) async throws -> M? {
        var found: M?
        try await driver.query(statement) { row in
            if found == nil { found = try M(row: row) }
        }
        if !M.schema.relations.isEmpty, var model = found {
            bind(&model)
            return model
        }
        return found
    }
}
