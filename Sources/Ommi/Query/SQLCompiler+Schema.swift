/// Statements that create and remove the tables of models.
extension SQLCompiler {
    /// `CREATE TABLE IF NOT EXISTS` with the key, NOT NULL columns and `FOREIGN KEY` constraints.
    public func createTable(_ schema: ModelSchema) -> String {
        let keys = schema.keyFields
        var lines: [String] = []
        for field in schema.fields {
            var line = dialect.quote(field.column)
            let type = dialect.columnDefinitionType(field)
            if !type.isEmpty { line += " " + type }
            if !field.isNullable { line += " NOT NULL" }
            if let defaultSQL = field.defaultSQL, !field.isAuto { line += " DEFAULT " + defaultSQL }
            if keys.count == 1 && field.isKey {
                line += field.isAuto ? dialect.autoKeyColumnSuffix(field) : " PRIMARY KEY"
            }
            lines.append(line)
        }
        if keys.count > 1 {
            lines.append("PRIMARY KEY (\(keys.map { dialect.quote($0.column) }.joined(separator: ", ")))")
        }
        for key in schema.foreignKeys {
            lines.append(
                "FOREIGN KEY (\(key.columns.map(dialect.quote).joined(separator: ", "))) REFERENCES "
                    + "\(dialect.quoteTable(key.targetTable)) (\(key.targetColumns.map(dialect.quote).joined(separator: ", ")))"
            )
        }
        return "CREATE TABLE IF NOT EXISTS \(dialect.quoteTable(schema.tableName)) (\(lines.joined(separator: ", ")))"
    }

    /// `CREATE INDEX IF NOT EXISTS` for every foreign key whose columns do not already lead the
    /// primary key (whose own index serves lookups by them).
    public func createReferenceIndexes(_ schema: ModelSchema) -> [String] {
        let keyColumns = schema.keyFields.map(\.column)
        return schema.foreignKeys.compactMap { key in
            if keyColumns.starts(with: key.columns) { return nil }
            let name = "\(schema.tableName)_\(key.columns.joined(separator: "_"))_index"
            return "CREATE INDEX IF NOT EXISTS \(dialect.quote(name)) ON \(dialect.quoteTable(schema.tableName)) "
                + "(\(key.columns.map(dialect.quote).joined(separator: ", ")))"
        }
    }

    /// `DROP TABLE IF EXISTS`.
    public func dropTable(_ schema: ModelSchema) -> String {
        "DROP TABLE IF EXISTS \(dialect.quoteTable(schema.tableName))"
    }
}
