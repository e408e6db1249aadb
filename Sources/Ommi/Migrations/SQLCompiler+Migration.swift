/// Statements that change tables which already exist, as migrations and setup run them.
extension SQLCompiler {
    /// `ALTER TABLE ... ADD COLUMN` with the column's type, NOT NULL, default and reference.
    func addColumn(_ field: FieldSchema, to table: String) -> String {
        var definition = dialect.quote(field.column)
        let type = dialect.columnDefinitionType(field)
        if !type.isEmpty { definition += " " + type }
        if !field.isNullable { definition += " NOT NULL" }
        if let defaultSQL = field.defaultSQL { definition += " DEFAULT " + defaultSQL }
        if let reference = field.reference {
            definition += " REFERENCES \(dialect.quoteTable(reference.table)) (\(dialect.quote(reference.column)))"
        }
        return "ALTER TABLE \(dialect.quoteTable(table)) ADD COLUMN \(definition)"
    }

    /// `ALTER TABLE ... RENAME COLUMN`.
    func renameColumn(_ column: String, to newName: String, in table: String) -> String {
        "ALTER TABLE \(dialect.quoteTable(table)) RENAME COLUMN \(dialect.quote(column)) TO \(dialect.quote(newName))"
    }

    /// `ALTER TABLE ... DROP COLUMN`.
    func dropColumn(_ column: String, from table: String) -> String {
        "ALTER TABLE \(dialect.quoteTable(table)) DROP COLUMN \(dialect.quote(column))"
    }

    /// `ALTER TABLE ... ALTER COLUMN` statements giving a column the type and nullability of
    /// `field`, its values converted by `conversion`.
    func alterColumn(_ field: FieldSchema, in table: String, using conversion: String) -> [String] {
        let prefix = "ALTER TABLE \(dialect.quoteTable(table)) ALTER COLUMN \(dialect.quote(field.column))"
        return [
            "\(prefix) TYPE \(dialect.columnDefinitionType(field)) USING \(conversion)",
            "\(prefix) \(field.isNullable ? "DROP" : "SET") NOT NULL",
        ]
    }

    /// `CAST(column AS type)`, the conversion a type change uses unless it is given one.
    func cast(_ column: String, to field: FieldSchema) -> String {
        let type = dialect.columnDefinitionType(field)
        return type.isEmpty ? dialect.quote(column) : "CAST(\(dialect.quote(column)) AS \(type))"
    }

    /// Drops the primary key of a table, under the name PostgreSQL gives it (`<table>_pkey`), and
    /// declares another one.
    func replacePrimaryKey(of table: String, with columns: [String]) -> [String] {
        [
            dropConstraint(TableName.parts(of: table).table + "_pkey", on: table),
            "ALTER TABLE \(dialect.quoteTable(table)) ADD PRIMARY KEY (\(columns.map(dialect.quote).joined(separator: ", ")))",
        ]
    }

    /// `ALTER TABLE ... ADD FOREIGN KEY`.
    func addForeignKey(_ key: ForeignKey, to table: String) -> String {
        let columns = key.columns.map(dialect.quote).joined(separator: ", ")
        let targets = key.targetColumns.map(dialect.quote).joined(separator: ", ")
        return "ALTER TABLE \(dialect.quoteTable(table)) ADD FOREIGN KEY (\(columns)) "
            + "REFERENCES \(dialect.quoteTable(key.targetTable)) (\(targets))" + onDeleteClause(key)
    }

    /// ` ON DELETE <action>` for a key whose action is not the default, else nothing.
    func onDeleteClause(_ key: ForeignKey) -> String {
        key.onDelete == .noAction ? "" : " ON DELETE \(key.onDelete.sql)"
    }

    /// Drops the foreign key over `columns`, under the name PostgreSQL gives it
    /// (`<table>_<columns>_fkey`).
    func dropForeignKey(_ columns: [String], from table: String) -> String {
        dropConstraint(([TableName.parts(of: table).table] + columns + ["fkey"]).joined(separator: "_"), on: table)
    }

    /// `CREATE [UNIQUE] INDEX`.
    func createIndex(_ name: String, on table: String, columns: [String], unique: Bool) -> String {
        "CREATE \(unique ? "UNIQUE " : "")INDEX \(dialect.quote(name)) ON \(dialect.quoteTable(table)) "
            + "(\(columns.map(dialect.quote).joined(separator: ", ")))"
    }

    /// `DROP INDEX`.
    func dropIndex(_ name: String) -> String {
        "DROP INDEX \(dialect.quote(name))"
    }

    /// `ALTER TABLE ... ADD CONSTRAINT ... UNIQUE`.
    func addUniqueConstraint(_ name: String, on table: String, columns: [String]) -> String {
        "ALTER TABLE \(dialect.quoteTable(table)) ADD CONSTRAINT \(dialect.quote(name)) "
            + "UNIQUE (\(columns.map(dialect.quote).joined(separator: ", ")))"
    }

    /// `ALTER TABLE ... DROP CONSTRAINT`.
    func dropConstraint(_ name: String, on table: String) -> String {
        "ALTER TABLE \(dialect.quoteTable(table)) DROP CONSTRAINT \(dialect.quote(name))"
    }

    /// `INSERT INTO ... SELECT`: copies every row of `source` into `target`, each target column
    /// from its SQL expression over the source's columns.
    func copyRows(from source: String, to target: String, columns: [(column: String, expression: String)]) -> String {
        "INSERT INTO \(dialect.quoteTable(target)) (\(columns.map { dialect.quote($0.column) }.joined(separator: ", "))) "
            + "SELECT \(columns.map(\.expression).joined(separator: ", ")) FROM \(dialect.quoteTable(source))"
    }

    /// `ALTER TABLE ... RENAME TO`.
    func renameTable(_ table: String, to newName: String) -> String {
        "ALTER TABLE \(dialect.quoteTable(table)) RENAME TO \(dialect.quote(newName))"
    }
}
