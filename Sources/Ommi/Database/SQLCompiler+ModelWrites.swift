/// The statements of writes by key.
extension SQLCompiler {
    /// `UPDATE t SET a = ?, b = ? WHERE k = ?`: the non-key columns from the first placeholders,
    /// then the key columns.
    func updateByKey(_ schema: ModelSchema) -> String {
        let keys = schema.keyFields.map(\.column)
        let others = schema.fields.map(\.column).filter { !keys.contains($0) }
        let assignments = others.enumerated().map { index, column in
            "\(dialect.quote(column)) = \(dialect.placeholder(index + 1))"
        }
        return "UPDATE \(dialect.quoteTable(schema.tableName)) SET \(assignments.joined(separator: ", ")) WHERE "
            + keyMatch(keys, firstPlaceholder: others.count + 1)
    }

    /// `DELETE FROM t WHERE k = ?`.
    func deleteByKey(_ schema: ModelSchema) -> String {
        "DELETE FROM \(dialect.quoteTable(schema.tableName)) WHERE "
            + keyMatch(schema.keyFields.map(\.column), firstPlaceholder: 1)
    }

    /// `INSERT INTO t (...) VALUES (...) ON CONFLICT (target) DO UPDATE SET c = excluded.c`, the
    /// same text on SQLite and PostgreSQL. Every inserted column outside the target is updated;
    /// when there is none, the target is set to itself so that `RETURNING` still yields the row.
    func upsert(into schema: ModelSchema, columns: [String], target: [String], returning: [String]) -> String {
        let insert = insert(into: schema, columns: columns)
        let updated = columns.filter { !target.contains($0) }
        let assignments = (updated.isEmpty ? target : updated).map { column in
            "\(dialect.quote(column)) = excluded.\(dialect.quote(column))"
        }
        var sql = insert + " ON CONFLICT (\(columnList(target))) DO UPDATE SET " + assignments.joined(separator: ", ")
        if !returning.isEmpty { sql += " RETURNING " + columnList(returning) }
        return sql
    }

    /// `k1 = ? AND k2 = ?`, numbering placeholders from `firstPlaceholder`.
    private func keyMatch(_ keys: [String], firstPlaceholder: Int) -> String {
        keys.enumerated().map { index, column in
            "\(dialect.quote(column)) = \(dialect.placeholder(firstPlaceholder + index))"
        }.joined(separator: " AND ")
    }
}
