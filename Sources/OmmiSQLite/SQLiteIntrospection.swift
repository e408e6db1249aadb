import Ommi

/// Reads the tables and views of a SQLite database into schemas: columns, keys, declared
/// foreign keys, unique constraints and indexes, from the schema tables and pragmas only (no table
/// is scanned). Partial indexes and indexes over expressions are left out: no model declares them.
struct SQLiteIntrospection {
    let connection: SQLiteConnection
    /// Sees every statement introspection runs, as the driver's trace does.
    let trace: (String) -> Void

    func schemas() throws -> [ModelSchema] {
        let objects = try rows(
            "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
        )
        return objects.compactMap { object in
            guard case .text(let name) = object[0], case .text(let type) = object[1] else { return nil }
            // A virtual table whose module this SQLite lacks, or a view over a missing table,
            // cannot describe its columns; it is left out rather than hiding every other table.
            return try? schema(name: name, isView: type == "view")
        }
    }

    private func schema(name: String, isView: Bool) throws -> ModelSchema {
        let columns = try rows(
            "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(\(literal(name)))")
        var fields: [FieldSchema] = []
        // `hidden` is 1 for the hidden columns of virtual tables; generated columns (2 and 3) are
        // read like any other.
        for column in columns where column[5] != .integer(1) {
            guard case .text(let columnName) = column[0] else { continue }
            let declared = column[1].textValue ?? ""
            fields.append(
                FieldSchema(
                    name: columnName, type: Self.affinity(declared), declaredType: declared,
                    isNullable: column[2] == .integer(0) && column[4] == .integer(0), isKey: column[4] != .integer(0),
                    defaultSQL: column[3].textValue))
        }
        let keyOrder = columns.compactMap { column -> (Int64, String)? in
            guard case .integer(let position) = column[4], position > 0, case .text(let name) = column[0] else {
                return nil
            }
            return (position, name)
        }.sorted { $0.0 < $1.0 }.map(\.1)
        var foreignKeys: [ForeignKey] = []
        if !isView {
            for key in try rows(
                "SELECT id, \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list(\(literal(name))) ORDER BY id, seq"
            ) {
                guard case .text(let target) = key[1], case .text(let from) = key[2] else { continue }
                let to = key[3].textValue
                if let last = foreignKeys.indices.last, key[0] == .integer(Int64(foreignKeys.count - 1)) {
                    foreignKeys[last].columns.append(from)
                    foreignKeys[last].targetColumns.append(to ?? "")
                } else {
                    foreignKeys.append(
                        ForeignKey(
                            columns: [from], targetTable: target, targetColumns: [to ?? ""],
                            onDelete: key[4].textValue.flatMap(ForeignKeyAction.init(sql:)) ?? .noAction))
                }
            }
        }
        let hasRowID = !isView && keyOrder.isEmpty
        // A lone key declared INTEGER is the rowid: SQLite assigns it when an insert leaves it out.
        if keyOrder.count == 1, let index = fields.firstIndex(where: { $0.column == keyOrder[0] }),
            fields[index].declaredType.uppercased() == "INTEGER"
        {
            fields[index].isAuto = true
        }
        var schema = ModelSchema(
            name: name, fields: fields, foreignKeys: foreignKeys, isReadOnly: isView, usesRowID: hasRowID)
        if !isView { try reflectIndexes(into: &schema) }
        return schema
    }

    /// Adds the unique constraints (inline, named, or unique indexes) and plain indexes of the
    /// table to its schema; the key's own index (origin `pk`) is the key already.
    private func reflectIndexes(into schema: inout ModelSchema) throws {
        let indexes = try rows(
            "SELECT name, \"unique\" FROM pragma_index_list(\(literal(schema.tableName))) WHERE origin <> 'pk' AND NOT partial"
        )
        for index in indexes {
            guard case .text(let indexName) = index[0] else { continue }
            let columns = try rows("SELECT name FROM pragma_index_info(\(literal(indexName))) ORDER BY seqno").map(
                \.[0])
            let names = columns.compactMap(\.textValue)
            // An index over an expression has a NULL name for that column.
            guard names.count == columns.count else { continue }
            schema.addReflectedIndex(columns: names, isUnique: index[1] == .integer(1))
        }
    }

    private func literal(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    private func rows(_ sql: String) throws -> [[DatabaseValue]] {
        trace(sql)
        return try connection.rows(sql)
    }

    /// SQLite's type affinity rules for a declared column type.
    static func affinity(_ declared: String) -> ColumnType {
        let type = declared.uppercased()
        if type.contains("INT") { return .integer }
        if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") { return .text }
        if type.contains("BLOB") || type.isEmpty { return type.isEmpty ? .any : .blob }
        if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") { return .real }
        return .any
    }
}

extension DatabaseValue {
    var textValue: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
