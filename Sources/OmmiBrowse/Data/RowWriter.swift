import Ommi

/// Writes row changes through the core, each in one transaction, and works out the exact
/// inverse of each from the rows as stored.
struct RowWriter: Sendable {
    let database: Ommi
    let catalog: SchemaCatalog

    /// Writes `change`; throws ``OmmiError/Kind/notFound`` when the row it is about is gone or
    /// was changed elsewhere since it was read, and then nothing is written.
    func apply(_ change: RowChange) async throws -> WrittenChange {
        let model = DynamicModel(schema: change.schema, database: database, catalog: catalog)
        return try await database.transaction {
            switch change.kind {
            case .insert:
                let row = try await model.add(change.values)
                return WrittenChange(change: change, inverse: .delete(change.schema, match: identity(row, model)), row: row)
            case .delete:
                let row = try await located(change, model)
                try await model.delete(where: try exactly(row, model))
                return WrittenChange(change: change, inverse: .insert(change.schema, values: fieldValues(row, model)), row: nil)
            case .update:
                let row = try await located(change, model)
                let assignments = change.values.sorted { $0.key < $1.key }.map { ColumnAssignment(column: $0.key, value: $0.value) }
                try await model.update(where: try exactly(row, model), set: assignments)
                var expected = row
                for (column, value) in change.values {
                    if let index = change.schema.selectedColumns.firstIndex(of: column) { expected.values[index] = value }
                }
                let stored = try await model.rows(where: try exactly(expected, model), limit: 1).first ?? expected
                var match = identity(stored, model)
                var restore: [String: DatabaseValue] = [:]
                for column in change.values.keys {
                    match[column] = stored.value(ofColumn: column, in: change.schema) ?? .null
                    restore[column] = row.value(ofColumn: column, in: change.schema) ?? .null
                }
                return WrittenChange(change: change, inverse: .update(change.schema, match: match, values: restore), row: stored)
            }
        }
    }

    /// The first row that has every value of the change's match.
    private func located(_ change: RowChange, _ model: DynamicModel) async throws -> DynamicRow {
        let terms = change.match.sorted { $0.key < $1.key }.map { column, value -> Condition in
            value.isNull
                ? .isNull(.column(model.column(column)), negated: false)
                : .compare(.column(model.column(column)), .equal, .value(value))
        }
        guard let row = try await model.rows(where: terms.isEmpty ? nil : .and(terms), limit: 1).first else {
            throw OmmiError(.notFound, "the row of \(change.schema.name) is gone or was changed elsewhere")
        }
        return row
    }

    /// The condition that picks exactly `row`, by its key or rowid.
    private func exactly(_ row: DynamicRow, _ model: DynamicModel) throws -> Condition {
        guard let condition = model.condition(selecting: row) else {
            throw OmmiError(.readOnly, "\(model.schema.name) has no key to pick one row by")
        }
        return condition
    }

    /// The key (or rowid) of `row`, by column; every field for a model without either.
    private func identity(_ row: DynamicRow, _ model: DynamicModel) -> [String: DatabaseValue] {
        if model.schema.keyColumns.isEmpty { return fieldValues(row, model) }
        var values: [String: DatabaseValue] = [:]
        for column in model.schema.keyColumns { values[column] = row.value(ofColumn: column, in: model.schema) ?? .null }
        return values
    }

    /// Every field of `row`, by column, to write it back as it was.
    private func fieldValues(_ row: DynamicRow, _ model: DynamicModel) -> [String: DatabaseValue] {
        var values: [String: DatabaseValue] = [:]
        for (index, field) in model.schema.fields.enumerated() where index < row.values.count {
            values[field.column] = row.values[index]
        }
        return values
    }
}
