import Ommi
import OmmiSQLite

/// A database built from SQL for a reflection test, and what reflection made of it.
struct ReflectionFixture {
    let db: Ommi
    let driver: SQLiteDriver
    let models: ModelCollection

    static func build(_ statements: [String]) async throws -> ReflectionFixture {
        let driver = try await SQLiteDriver.connect(path: temporaryPath("reflect.sqlite"), options: .create)
        let db = Ommi(driver)
        for sql in statements { try await driver.execute(SQLStatement(sql)) }
        return ReflectionFixture(db: db, driver: driver, models: try await ModelCollection.reflect(from: db))
    }

    /// The model named `name`; a missing model fails the test with its name.
    func schema(_ name: String) throws -> ModelSchema {
        guard let schema = models.schema(named: name) else {
            throw OmmiError(.schema, "reflection found no model \(name) among \(models.schemas.map(\.name))")
        }
        return schema
    }

    /// The relations of a model, one line each: `tags ⇄ Tag via PostTag (inferred)`.
    func relations(_ name: String) throws -> [String] {
        try schema(name).relations.map { relation in
            let arrow =
                switch relation.kind {
                case .toOne: "→ \(relation.target.tableName)"
                case .toMany: "← \(relation.target.tableName)"
                case .manyToMany: "⇄ \(relation.target.tableName) via \(relation.through?.tableName ?? "?")"
                }
            return "\(relation.name) \(arrow)" + (relation.isInferred ? " (inferred)" : "")
        }
    }

    func model(_ name: String) throws -> DynamicModel {
        DynamicModel(schema: try schema(name), database: db, catalog: models.catalog)
    }

    /// The row of `model` whose first key column holds `key`.
    func row(_ model: String, key: DatabaseValue) async throws -> DynamicRow {
        let dynamic = try self.model(model)
        let column = dynamic.column(dynamic.schema.keyColumns[0])
        guard let row = try await dynamic.rows(where: .compare(.column(column), .equal, .value(key))).first else {
            throw OmmiError(.notFound, "\(model) has no row with key \(key)")
        }
        return row
    }

    /// The values of `column` in rows of `model`.
    static func texts(_ rows: [DynamicRow], column: String, of schema: ModelSchema) -> [String] {
        rows.compactMap { row in
            guard case .text(let text) = row.value(ofColumn: column, in: schema) else { return nil }
            return text
        }
    }
}
