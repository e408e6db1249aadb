import Ommi

/// Writes row changes through the core, each in one transaction, and works out the exact
/// inverse of each from the rows as stored.
struct RowWriter: Sendable {
    let database: Ommi
    let catalog: SchemaCatalog

    /// Writes `change`; throws ``OmmiError/Kind/notFound`` when the row it is about is gone or
    /// was changed elsewhere since it was read, and a foreign-key ``OmmiError/Kind/constraint``
    /// when a reference it writes points at no row; then nothing is written.
    func apply(_ change: RowChange) async throws -> WrittenChange {
        let model = DynamicModel(schema: change.schema, database: database, catalog: catalog)
        return try await database.transaction {
            switch change.kind {
            case .insert:
                var row = try await model.add(change.values)
                // Read again: what RETURNING gives precedes the AFTER triggers.
                if let key = try? exactly(row, model), let stored = try await model.rows(where: key, limit: 1).first {
                    row = stored
                }
                try await requireReferencedRows(of: row, writtenIn: change, model)
                // The undo deletes the row only as it was left: another program's edit is not lost.
                return WrittenChange(
                    change: change, inverse: .delete(change.schema, match: asLeft(row, model)), row: row)
            case .delete:
                let row = try await located(change, model)
                try await model.delete(where: try exactly(row, model))
                return WrittenChange(
                    change: change, inverse: .insert(change.schema, values: fieldValues(row, model)), row: nil)
            case .update:
                let row = try await located(change, model)
                let assignments = change.values.sorted { $0.key < $1.key }.map {
                    ColumnAssignment(column: $0.key, value: $0.value)
                }
                try await model.update(where: try exactly(row, model), set: assignments)
                var expected = row
                for (column, value) in change.values {
                    if let index = change.schema.selectedColumns.firstIndex(of: column) {
                        expected.values[index] = value
                    }
                }
                let stored = try await model.rows(where: try exactly(expected, model), limit: 1).first ?? expected
                try await requireReferencedRows(of: stored, writtenIn: change, model)
                var match = identity(stored, model)
                var restore: [String: DatabaseValue] = [:]
                for column in change.values.keys {
                    match[column] = stored.value(ofColumn: column, in: change.schema) ?? .null
                    restore[column] = row.value(ofColumn: column, in: change.schema) ?? .null
                }
                return WrittenChange(
                    change: change, inverse: .update(change.schema, match: match, values: restore), row: stored)
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

    /// Refuses a write that leaves a reference it sets pointing at no row: on schemas without
    /// declared foreign keys (the inferred references of Python Ommi's files) no constraint
    /// would, so the check runs in the write's transaction.
    private func requireReferencedRows(of row: DynamicRow, writtenIn change: RowChange, _ model: DynamicModel)
        async throws
    {
        for relation in change.schema.relations where relation.kind == .toOne {
            guard let resolved = try? ResolvedRelation.resolve(relation, of: change.schema, in: catalog),
                resolved.ownerColumns.contains(where: { change.values[$0] != nil })
            else { continue }
            let (target, condition) = try model.relationScope(relation.name, of: row)
            guard let condition else { continue }
            let targetModel = DynamicModel(schema: target, database: database, catalog: catalog)
            guard try await targetModel.rows(where: condition, limit: 1).isEmpty else { continue }
            let key = resolved.ownerColumns.map { ValueText.plain(row.value(ofColumn: $0, in: change.schema) ?? .null) }
            var error = OmmiError(.constraint, "the \(target.name) #\(key.joined(separator: ",")) it refers to is gone")
            error.constraint = .foreignKey
            error.table = change.schema.tableName
            error.columns = resolved.ownerColumns
            error.referencedTable = target.tableName
            error.referencedColumns = resolved.targetColumns
            throw error
        }
    }

    /// The values that find `row` only as it is now: its key and every value that compares by
    /// `=`.
    private func asLeft(_ row: DynamicRow, _ model: DynamicModel) -> [String: DatabaseValue] {
        var values = identity(row, model)
        for field in model.schema.fields where field.comparesByEquality {
            values[field.column] = row.value(ofColumn: field.column, in: model.schema) ?? .null
        }
        return values
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
        for column in model.schema.keyColumns {
            values[column] = row.value(ofColumn: column, in: model.schema) ?? .null
        }
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
