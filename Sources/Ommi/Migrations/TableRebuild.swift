/// The change SQLite's `ALTER TABLE` cannot make (a column's type or nullability, dropping a
/// constrained column, a new NOT NULL column without a default), made the documented way
/// (https://sqlite.org/lang_altertable.html#otheralter): a new table of the new shape, the rows
/// copied into it, the old table dropped, the new one renamed, and the indexes and triggers of
/// the old one created again.
///
/// It runs inside the caller's transaction. With rows referenced from other tables, foreign key
/// enforcement must be off (``Migrator`` sees to it) and the references checked before commit.
struct TableRebuild {
    let database: Ommi
    /// The table as it is.
    let live: ModelSchema
    /// The table as it will be: same name, the new columns.
    let target: ModelSchema
    /// The SQL expression over the old columns that fills each new column; a column of the same
    /// name is copied as it is, and a column found nowhere is left to its default.
    let expressions: [String: String]

    /// Words of a table definition that the new table could not carry over, so a rebuild refuses
    /// rather than losing them.
    static let unkeptClauses: Set<String> = [
        "CHECK", "COLLATE", "AUTOINCREMENT", "GENERATED", "WITHOUT", "STRICT", "ON",
    ]

    func run() async throws {
        let table = live.tableName
        let compiler = database.compiler
        let definition = try await strings("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", table)
        if let unkept = definition.first.flatMap(Self.unkeptClause) {
            throw OmmiError(
                .schema,
                "\(TableName.display(table)) cannot be rebuilt: its definition has \(unkept), which the new table would lose"
            )
        }
        let kept = try await dependents(of: table)
        let uniques = try await uniqueConstraints(of: table)
        // The unique constraints and indexes read from the old table come back as it had them, from
        // its index statements and inline UNIQUE constraints, not once more from the target.
        var shape = target
        shape.uniqueConstraints = []
        for index in shape.fields.indices {
            shape.fields[index].isUnique = false
            shape.fields[index].isIndexed = false
        }
        var building = shape
        building.tableName = "ommi_rebuild_" + table
        let targetColumns = Set(target.fields.map(\.column))
        let copied = target.fields.compactMap { field -> (column: String, expression: String)? in
            if let expression = expressions[field.column] { return (field.column, expression) }
            return live.fieldIndex(ofColumn: field.column) == nil
                ? nil : (field.column, compiler.dialect.quote(field.column))
        }
        var statements = [compiler.createTable(building)]
        statements += [compiler.copyRows(from: table, to: building.tableName, columns: copied)]
        statements += [compiler.dropTable(live), "PRAGMA legacy_alter_table = ON"]
        statements += [compiler.renameTable(building.tableName, to: table), "PRAGMA legacy_alter_table = OFF"]
        statements += kept.filter { $0.columns.isSubset(of: targetColumns) }.map(\.sql)
        statements += uniques.filter { Set($0).isSubset(of: targetColumns) }.map { columns in
            compiler.createIndex(
                "\(table)_\(columns.joined(separator: "_"))_unique", on: table, columns: columns, unique: true)
        }
        statements += compiler.createIndexes(shape)
        for sql in statements { try await database.driver.execute(SQLStatement(sql)) }
    }

    /// The clause of `definition` (outside quoted names and strings) that a rebuild would lose.
    static func unkeptClause(_ definition: String) -> String? {
        var words: [String] = []
        var word = ""
        var quote: Character?
        for character in definition {
            if let open = quote {
                if character == open || (open == "[" && character == "]") { quote = nil }
                continue
            }
            if character == "\"" || character == "'" || character == "`" || character == "[" {
                quote = character
            } else if character.isLetter || character == "_" {
                word.append(character)
                continue
            }
            if !word.isEmpty { words.append(word.uppercased()) }
            word = ""
        }
        return words.first { unkeptClauses.contains($0) }
    }

    /// The indexes and triggers of the table, with the columns each index covers.
    private func dependents(of table: String) async throws -> [(sql: String, columns: Set<String>)] {
        var found: [(name: String, type: String, sql: String)] = []
        try await database.driver.query(
            SQLStatement(
                "SELECT name, type, sql FROM sqlite_schema WHERE tbl_name = ? AND type IN ('index', 'trigger') "
                    + "AND sql IS NOT NULL ORDER BY rowid", [.text(table)])
        ) { row in
            let name = try row.decode(String.self, at: 0)
            found.append((name, try row.decode(String.self, at: 1), try row.decode(String.self, at: 2)))
        }
        var dependents: [(sql: String, columns: Set<String>)] = []
        for object in found {
            let columns =
                object.type == "index" ? try await strings("SELECT name FROM pragma_index_info(?)", object.name) : []
            dependents.append((object.sql, Set(columns)))
        }
        return dependents
    }

    /// The columns of each UNIQUE constraint of the table's definition, which live in indexes
    /// SQLite names itself and keeps no SQL for.
    private func uniqueConstraints(of table: String) async throws -> [[String]] {
        var constraints: [[String]] = []
        for index in try await strings("SELECT name FROM pragma_index_list(?) WHERE origin = 'u'", table) {
            constraints.append(try await strings("SELECT name FROM pragma_index_info(?) ORDER BY seqno", index))
        }
        return constraints
    }

    private func strings(_ sql: String, _ argument: String) async throws -> [String] {
        var values: [String] = []
        try await database.driver.query(SQLStatement(sql, [.text(argument)])) {
            values.append(try $0.decode(String.self, at: 0))
        }
        return values
    }
}
