#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres

/// A database built from SQL for one test and the models reflection made of it.
struct ReflectedDatabase {
    let fixture: PostgresFixture
    let models: ModelCollection

    static func make(_ statements: [String]) async throws -> ReflectedDatabase {
        let fixture = try await PostgresFixture.make(statements)
        return ReflectedDatabase(fixture: fixture, models: try await ModelCollection.reflect(from: fixture.db))
    }

    /// The model shown as `name` (`post`, `sales.orders`); a missing one fails the test with the
    /// names there are.
    func schema(_ name: String) throws -> ModelSchema {
        guard let schema = models.schema(named: name) else {
            throw OmmiError(.schema, "no model \(name) among \(models.schemas.map(\.name))")
        }
        return schema
    }

    func model(_ name: String) throws -> DynamicModel {
        DynamicModel(schema: try schema(name), database: fixture.db, catalog: models.catalog)
    }

    /// The relations of a model, one line each (see ``RelationSchema/summary``).
    func relations(_ name: String) throws -> [String] {
        try schema(name).relations.map(\.summary)
    }

    /// The rows of model `name` whose `column` holds `value`.
    func rows(_ name: String, where column: String, is value: DatabaseValue) async throws -> [DynamicRow] {
        let model = try model(name)
        return try await model.rows(where: .compare(.column(model.column(column)), .equal, .value(value)))
    }

    /// The values of `column` in the rows that relation `relation` of model `name` relates to
    /// the model's rows whose `column` holds `value`, sorted by their text.
    func related(
        _ relation: String, of name: String, where column: String, is value: DatabaseValue, showing shown: String
    ) async throws -> [DatabaseValue] {
        var values: [DatabaseValue] = []
        for row in try await rows(name, where: column, is: value) {
            let (target, related) = try await model(name).related(relation, of: row)
            values += related.compactMap { $0.value(ofColumn: shown, in: target) }
        }
        return values.sorted { $0.description < $1.description }
    }
}

extension RelationSchema {
    /// The relation in one line: `tags ⇄ tag via post_tag`, `author → author (inferred)`,
    /// `orders ← sales.orders`, with tables as people write them.
    var summary: String {
        let arrow = kind == .toOne ? "→" : kind == .toMany ? "←" : "⇄"
        let via = through.map { " via " + TableName.display($0.tableName) } ?? ""
        return "\(name) \(arrow) \(TableName.display(target.tableName))\(via)" + (isInferred ? " (inferred)" : "")
    }
}
#endif
