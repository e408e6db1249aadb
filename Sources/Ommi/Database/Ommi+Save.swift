/// Writes of whole model values by key: `save`, `delete` and `upsert`.
///
/// ```swift
/// var book = try await db.find(Book.isbn == "978-0").one()
/// book.title = "Second edition"
/// book = try await db.save(book)          // UPDATE by key
/// try await db.upsert(Genre(code: "sf", name: "Science fiction"))
/// try await db.delete(book)
/// ```
///
/// Each call is one statement where one suffices, and otherwise one transaction; the text of each
/// statement is compiled once per model type, and drivers reuse the prepared statement.
extension Ommi {
    /// Inserts `model`, or updates the row that has its key, and returns it as stored: with the key
    /// the database assigned (`@Auto`) and relation fields ready to load.
    ///
    /// - An `@Auto` key of `0` or `nil` asks for a new row: one `INSERT`.
    /// - Any other `@Auto` key names an existing row: one `UPDATE` by key; only when no row has
    ///   that key is the value inserted with it, in a transaction.
    /// - A key that is not `@Auto` is the application's own, so the row may or may not exist:
    ///   one `INSERT ... ON CONFLICT (key) DO UPDATE`, which updates the row if it exists and
    ///   inserts it otherwise, atomically on SQLite and PostgreSQL alike.
    ///
    /// A conflict on another unique constraint is an error of kind ``OmmiError/Kind/constraint``;
    /// ``upsert(_:)`` is the write that resolves one.
    @discardableResult
    public func save<M: Model>(_ model: M) async throws -> M {
        let schema = try Self.writableByKey(M.self)
        let values = model.databaseValues
        guard let autoIndex = schema.fields.firstIndex(where: \.isAuto) else {
            return try await upsert(model, values: values, omittingAuto: false)
        }
        if Self.asksForNewKey(values[autoIndex]) { return try await insert([model])[0] }
        guard schema.fields.contains(where: { !$0.isKey }) else {
            return try await upsert(model, values: values, omittingAuto: false)
        }
        let statement = writeStatements.statement(for: M.self, .updateByKey) {
            let fields = schema.fields.indices
            return .init(
                sql: compiler.updateByKey(schema),
                argumentIndexes: fields.filter { !schema.fields[$0].isKey } + fields.filter { schema.fields[$0].isKey })
        }
        let updated = try await driver.execute(SQLStatement(statement.sql, statement.arguments(values)))
        if updated > 0 {
            wrote(schema.tableName)
            return bound(model)
        }
        return try await transaction { try await self.insert([model])[0] }
    }

    /// Deletes the row that has `model`'s key. Returns whether there was one.
    @discardableResult
    public func delete<M: Model>(_ model: M) async throws -> Bool {
        let schema = try Self.writableByKey(M.self)
        let statement = writeStatements.statement(for: M.self, .deleteByKey) {
            .init(
                sql: compiler.deleteByKey(schema),
                argumentIndexes: schema.fields.indices.filter { schema.fields[$0].isKey })
        }
        let deleted = try await driver.execute(SQLStatement(statement.sql, statement.arguments(model.databaseValues)))
        if deleted > 0 { wrote(schema.tableName) }
        return deleted > 0
    }

    /// Inserts `model`, or, when a row already holds its key or its unique values, updates that
    /// row with the model's other columns; returns the value as stored, with the `@Auto` key of the
    /// row written (the existing row's key after an update).
    ///
    /// One statement, `INSERT ... ON CONFLICT (target) DO UPDATE SET ...`, the same on SQLite and
    /// PostgreSQL, whose conflict target is:
    /// - the key, when the value has one (a key that is not `@Auto`, or an `@Auto` key that is set);
    /// - otherwise the first unique constraint of the model (its first `@Unique` field, else its
    ///   first `@Model(unique:)` group). A model with neither is simply inserted.
    @discardableResult
    public func upsert<M: Model>(_ model: M) async throws -> M {
        let schema = try Self.writableByKey(M.self)
        let values = model.databaseValues
        let omittingAuto = schema.fields.firstIndex(where: \.isAuto).map { Self.asksForNewKey(values[$0]) } ?? false
        guard omittingAuto else {
            return try await upsert(model, values: values, omittingAuto: false)
        }
        if schema.uniqueColumnSets.isEmpty { return try await insert([model])[0] }
        return try await upsert(model, values: values, omittingAuto: true)
    }

    /// Runs the upsert of `model`, whose conflict target is the key, or the first unique
    /// constraint when the value asks for a new `@Auto` key, and the statement that keeps assigned
    /// keys ahead of an explicit `@Auto` key where the dialect needs one, in one transaction.
    private func upsert<M: Model>(_ model: M, values: [DatabaseValue], omittingAuto: Bool) async throws -> M {
        let schema = M.schema
        let autoIndex = schema.fields.firstIndex(where: \.isAuto)
        let statement = writeStatements.statement(for: M.self, .upsert(omittingAuto: omittingAuto)) {
            let columnIndexes = schema.fields.indices.filter { !(omittingAuto && $0 == autoIndex) }
            let key = schema.keyFields.map(\.column)
            return .init(
                sql: compiler.upsert(
                    into: schema, columns: columnIndexes.map { schema.fields[$0].column },
                    target: omittingAuto ? schema.uniqueColumnSets.first ?? key : key,
                    returning: autoIndex.map { [schema.fields[$0].column] } ?? []),
                argumentIndexes: columnIndexes.count == schema.fields.count ? nil : columnIndexes)
        }
        let arguments = statement.arguments(values)
        let keepAhead =
            omittingAuto
            ? nil
            : autoIndex.flatMap { index in
                driver.dialect.statementAfterExplicitAutoKeys(
                    table: schema.tableName, column: schema.fields[index].column)
            }
        let write: @Sendable () async throws -> DatabaseValue? = {
            var assigned: DatabaseValue?
            try await self.driver.executeBatch(
                statement.sql, [arguments], autoIndex == nil ? nil : { _, row in assigned = row.value(at: 0) })
            if let keepAhead { try await self.driver.execute(SQLStatement(keepAhead)) }
            self.wrote(schema.tableName)
            return assigned
        }
        let assigned = try await keepAhead == nil ? write() : transaction { try await write() }
        var stored = model
        if let assigned { try stored.assignAutoKey(assigned) }
        return bound(stored)
    }

    /// `model` with its relation fields bound to this database.
    private func bound<M: Model>(_ model: M) -> M {
        var stored = model
        if !M.schema.relations.isEmpty { bind(&stored) }
        return stored
    }

    /// The schema of `M`, which must be writable and have a key to write values by.
    private static func writableByKey<M: Model>(_ type: M.Type) throws -> ModelSchema {
        let schema = M.schema
        if schema.isReadOnly { throw OmmiError(.readOnly, "\(schema.name) is read-only") }
        if !schema.fields.contains(where: \.isKey) {
            throw OmmiError(.invalidQuery, "\(schema.name) has no key to write a value by; mark one with @Key")
        }
        return schema
    }
}
