import Foundation

/// Named migrations, registered in order and run at most once per database.
///
/// ```swift
/// var migrator = Migrator()
/// migrator.register("v3: heading and numeric year") { migration in
///     try await migration.renameColumn("title", to: Book.heading)
///     try await migration.changeType(of: Book.year)
/// }
/// try await migrator.migrate(db)
/// try await appModels.setup(on: db)
/// ```
///
/// Each migration runs in its own transaction and is recorded in the table `ommi_migrations`
/// (its name and when it was applied) in the same transaction, so a database is never partly
/// migrated and running the migrator again skips what it has done. A migration that throws
/// leaves the database as it was. Run migrations before other work starts on the database: on
/// SQLite foreign keys are switched off around each migration (as a table rebuild needs) and
/// checked before it commits.
public struct Migrator: Sendable {
    /// The table that records applied migrations.
    public static let tableName = "ommi_migrations"

    /// The schema of ``tableName``: the migration's name (the key) and when it was applied.
    public static let recordSchema = ModelSchema(
        name: tableName,
        fields: [
            FieldSchema(name: "name", type: .text, isNullable: false, isKey: true),
            FieldSchema(name: "applied_at", valueType: Date.self),
        ])

    private var migrations: [(name: String, body: @Sendable (Migration) async throws -> Void)] = []

    /// A migrator with no migrations yet.
    public init() {}

    /// Adds a migration after the ones registered before it. Names are what the database records,
    /// so a name must stay the same once released and be used once.
    public mutating func register(_ name: String, _ body: @escaping @Sendable (Migration) async throws -> Void) {
        migrations.append((name, body))
    }

    /// The names of the registered migrations, in order.
    public var names: [String] { migrations.map(\.name) }

    /// Runs, in order, every registered migration the database has not recorded yet.
    ///
    /// - Returns: The names of the migrations this call applied.
    /// - Throws: ``OmmiError`` whose message starts with the name of the migration that failed;
    ///   that migration and the ones after it are not applied. A name registered twice is a
    ///   ``OmmiError/Kind/schema`` error before anything runs.
    @discardableResult
    public func migrate(_ database: Ommi) async throws -> [String] {
        var seen: Set<String> = []
        for name in names where !seen.insert(name).inserted {
            throw OmmiError(.schema, "migration \"\(name)\" is registered twice")
        }
        try await database.driver.execute(SQLStatement(database.compiler.createTable(Self.recordSchema)))
        var applied: [String] = []
        for migration in migrations {
            do {
                if try await run(migration.name, migration.body, on: database) { applied.append(migration.name) }
            } catch {
                throw Self.failure(of: migration.name, error)
            }
        }
        return applied
    }

    /// The names of the migrations the database has recorded, in the order they were applied.
    public func appliedMigrations(in database: Ommi) async throws -> [String] {
        let tables = try await database.driver.introspect()
        guard tables.contains(where: { $0.tableName == Self.tableName }) else { return [] }
        return try await recordedNames(in: database, where: nil)
    }

    /// Runs one migration unless recorded; returns whether it ran.
    private func run(_ name: String, _ body: @Sendable (Migration) async throws -> Void, on database: Ommi)
        async throws -> Bool
    {
        let suspension = try await ForeignKeySuspension.begin(on: database)
        do {
            let ran = try await database.transaction {
                guard try await recordedNames(in: database, where: name).isEmpty else { return false }
                try await body(Migration(name: name, database: database))
                try await suspension?.checkReferences()
                let record = database.compiler.insert(
                    into: Self.recordSchema, columns: ["name", "applied_at"], returning: [])
                try await database.driver.execute(SQLStatement(record, [.text(name), Date().databaseValue]))
                return true
            }
            try await suspension?.end()
            return ran
        } catch {
            try? await suspension?.end()
            throw error
        }
    }

    private func recordedNames(in database: Ommi, where name: String?) async throws -> [String] {
        let dialect = database.compiler.dialect
        var sql = "SELECT \(dialect.quote("name")) FROM \(dialect.quoteTable(Self.tableName))"
        if name != nil { sql += " WHERE \(dialect.quote("name")) = \(dialect.placeholder(1))" }
        sql += " ORDER BY \(dialect.quote("applied_at")), \(dialect.quote("name"))"
        var names: [String] = []
        try await database.driver.query(SQLStatement(sql, name.map { [.text($0)] } ?? [])) {
            names.append(try $0.decode(String.self, at: 0))
        }
        return names
    }

    /// The error of a failed migration, naming it, of the kind and with the codes and SQL of the
    /// failure when Ommi reported it.
    static func failure(of name: String, _ error: any Error) -> OmmiError {
        guard var failure = error as? OmmiError else {
            return OmmiError(.schema, "migration \"\(name)\" failed: \(error)")
        }
        failure.message = "migration \"\(name)\" failed: \(failure.message)"
        return failure
    }
}
