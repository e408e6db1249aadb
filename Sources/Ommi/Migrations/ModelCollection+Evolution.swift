extension ModelCollection {
    /// How the database differs from the collection's models, table by table in the order the
    /// collection gives them: what ``setup(on:)`` would add, and what it refuses because it needs
    /// a ``Migrator``. Empty when the database matches the models.
    ///
    /// Tables the collection does not declare are not compared, so several collections can share
    /// a database. Column types count as different only across families of the dialect (SQLite's
    /// `INTEGER` and PostgreSQL's `bigint` for an `Int` are the same).
    public func differences(on database: Ommi) async throws -> [SchemaDifference] {
        let live = try await database.driver.introspect()
        var differences: [SchemaDifference] = []
        for declared in schemas where !declared.isReadOnly {
            guard let existing = live.first(where: { $0.tableName == declared.tableName }) else {
                differences.append(SchemaDifference(table: declared.tableName, kind: .missingTable))
                continue
            }
            let comparison = SchemaComparison(
                declared: declared, live: existing, dialect: database.compiler.dialect,
                hasRows: { try await Self.hasRows(declared.tableName, in: database) },
                count: { try await Self.count($0, in: database) })
            differences += try await comparison.differences()
        }
        return differences
    }

    /// Compares the models with the database and, when every difference is safe, makes them in
    /// one transaction: missing tables (referenced ones first), then missing columns, then the
    /// indexes of the tables that gained a column or lack an index, then missing unique
    /// constraints (whose rows were checked for repeated values in the same transaction).
    ///
    /// - Throws: ``OmmiError/Kind/schema`` listing every unsafe difference, one per line, before
    ///   anything is changed.
    func evolve(_ database: Ommi) async throws {
        try await database.transaction {
            let differences = try await differences(on: database)
            let refused = differences.filter { !$0.isSafe }
            guard refused.isEmpty else {
                throw OmmiError(
                    .schema,
                    "the database differs from the models in ways setup does not change:\n"
                        + refused.map(\.description).joined(separator: "\n"))
            }
            let changes = Migration(name: "setup", database: database)
            let missingTables = Set(differences.filter { $0.kind == .missingTable }.map(\.table))
            for schema in dependencyOrder where missingTables.contains(schema.tableName) {
                try await changes.createTable(schema)
            }
            var indexed: [String] = []
            for difference in differences {
                switch difference.kind {
                case .missingColumn(let field):
                    try await changes.addColumn(field, to: difference.table)
                    indexed.append(difference.table)
                case .missingIndex: indexed.append(difference.table)
                default: continue
                }
            }
            for schema in schemas where indexed.contains(schema.tableName) {
                for sql in database.compiler.createIndexes(schema) {
                    try await database.driver.execute(SQLStatement(sql))
                }
            }
            for difference in differences {
                guard case .missingUnique(let columns) = difference.kind,
                    let schema = schemas.first(where: { $0.tableName == difference.table })
                else { continue }
                try await changes.addUnique(
                    SQLCompiler.constraintName(schema, columns, suffix: "unique"), on: difference.table,
                    columns: columns)
            }
        }
    }

    private static func count(_ sql: String, in database: Ommi) async throws -> Int {
        var count = 0
        try await database.driver.query(SQLStatement(sql)) { count = try $0.decode(Int.self, at: 0) }
        return count
    }

    private static func hasRows(_ table: String, in database: Ommi) async throws -> Bool {
        var found = false
        try await database.driver.query(
            SQLStatement("SELECT 1 FROM \(database.compiler.dialect.quoteTable(table)) LIMIT 1")
        ) { _ in found = true }
        return found
    }
}
