/// Statements that create and remove the tables of models.
extension SQLCompiler {
    /// `CREATE TABLE IF NOT EXISTS` with the key, NOT NULL columns, `UNIQUE` and `FOREIGN KEY`
    /// constraints.
    ///
    /// Unique constraints are named `<table>_<columns>_unique`, so that a schema read back from the
    /// database can be compared with the model's.
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
            lines.append("PRIMARY KEY (\(columnList(keys.map(\.column))))")
        }
        for columns in schema.uniqueColumnSets {
            let name = Self.constraintName(schema, columns, suffix: "unique")
            lines.append("CONSTRAINT \(dialect.quote(name)) UNIQUE (\(columnList(columns)))")
        }
        for key in schema.foreignKeys {
            lines.append(
                "FOREIGN KEY (\(columnList(key.columns))) REFERENCES "
                    + "\(dialect.quoteTable(key.targetTable)) (\(columnList(key.targetColumns)))" + onDeleteClause(key))
        }
        return "CREATE TABLE IF NOT EXISTS \(dialect.quoteTable(schema.tableName)) (\(lines.joined(separator: ", ")))"
    }

    /// `CREATE INDEX IF NOT EXISTS`, named `<table>_<columns>_index`, for every `@Indexed` field and
    /// every foreign key, except where an index the table has anyway already serves lookups by
    /// those columns: one whose columns lead the primary key or a unique constraint.
    public func createIndexes(_ schema: ModelSchema) -> [String] {
        let covered = [schema.keyFields.map(\.column)] + schema.uniqueColumnSets
        var wanted: [[String]] = []
        for columns in schema.fields.filter(\.isIndexed).map({ [$0.column] }) + schema.foreignKeys.map(\.columns)
        where !wanted.contains(columns) && !covered.contains(where: { $0.starts(with: columns) }) {
            wanted.append(columns)
        }
        return wanted.map { columns in
            let name = Self.constraintName(schema, columns, suffix: "index")
            return "CREATE INDEX IF NOT EXISTS \(dialect.quote(name)) ON \(dialect.quoteTable(schema.tableName)) "
                + "(\(columnList(columns)))"
        }
    }

    /// `DROP TABLE IF EXISTS`.
    public func dropTable(_ schema: ModelSchema) -> String {
        "DROP TABLE IF EXISTS \(dialect.quoteTable(schema.tableName))"
    }

    /// The deterministic name of a constraint or index over `columns`: `books_isbn_unique`.
    static func constraintName(_ schema: ModelSchema, _ columns: [String], suffix: String) -> String {
        ([schema.tableName] + columns + [suffix]).joined(separator: "_")
    }

    /// The columns quoted and separated by commas.
    func columnList(_ columns: [String]) -> String {
        columns.map(dialect.quote).joined(separator: ", ")
    }
}
