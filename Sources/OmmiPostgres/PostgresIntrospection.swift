#if PostgreSQL
import Ommi

/// Reads the tables and views of a PostgreSQL database into schemas from `pg_catalog`: columns
/// with their types, nullability and defaults, primary keys and declared foreign keys, in three
/// catalog queries whatever the number of tables.
///
/// Tables of the current schema (usually `public`) keep their plain names; those of other
/// schemas are qualified (`sales.orders`). Views, materialized views and tables without a
/// primary key are read-only, since no key identifies their rows.
struct PostgresIntrospection {
    let driver: PostgresDriver

    /// The relations to describe: ordinary, partitioned and foreign tables, views and
    /// materialized views, outside the system schemas.
    private static let relations = """
        SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'
          AND has_schema_privilege(n.oid, 'USAGE')
        """

    func schemas() async throws -> [ModelSchema] {
        let tables = try await driver.catalogRows(
            """
            SELECT c.oid::int8, n.nspname::text, c.relname::text, c.relkind::text, n.nspname = current_schema()
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.oid IN (\(Self.relations))
            ORDER BY n.nspname = current_schema() DESC, n.nspname, c.relname
            """)
        let columns = try await driver.catalogRows(
            """
            SELECT a.attrelid::int8, a.attname::text, format_type(a.atttypid, a.atttypmod), t.typname::text,
                   a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity::text
            FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attrelid IN (\(Self.relations))
            ORDER BY a.attrelid, a.attnum
            """)
        let constraints = try await driver.catalogRows(
            """
            SELECT con.conrelid::int8, con.contype::text, con.oid::int8, a.attname::text,
                   con.confrelid::int8, fa.attname::text
            FROM pg_constraint con
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            LEFT JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = con.confkey[k.position]
            WHERE con.contype IN ('p', 'f') AND con.conrelid IN (\(Self.relations))
            ORDER BY con.conrelid, con.contype, con.oid, k.position
            """)

        var tableNames: [Int64: String] = [:]
        for table in tables {
            guard case .integer(let oid) = table[0], case .text(let schema) = table[1],
                case .text(let name) = table[2]
            else { continue }
            tableNames[oid] = TableName.qualified(schema: table[4] == .integer(1) ? nil : schema, table: name)
        }
        var fieldsByTable: [Int64: [FieldSchema]] = [:]
        for column in columns {
            guard case .integer(let oid) = column[0], case .text(let name) = column[1] else { continue }
            let declared = Self.text(column[2]) ?? ""
            let defaultSQL = Self.text(column[5])
            // Identity and serial columns get their value from the database when an insert leaves them out.
            let isAssigned = !(Self.text(column[6]) ?? "").isEmpty || defaultSQL?.hasPrefix("nextval(") == true
            fieldsByTable[oid, default: []].append(
                FieldSchema(
                    name: name, type: Self.columnType(Self.text(column[3]) ?? ""), declaredType: declared,
                    isNullable: column[4] != .integer(1), isAuto: isAssigned, defaultSQL: defaultSQL))
        }
        var keysByTable: [Int64: [String]] = [:]
        var foreignKeysByTable: [Int64: [ForeignKey]] = [:]
        var lastConstraint: Int64?
        for constraint in constraints {
            guard case .integer(let oid) = constraint[0], case .text(let kind) = constraint[1],
                case .integer(let constraintID) = constraint[2], case .text(let column) = constraint[3]
            else { continue }
            if kind == "p" {
                keysByTable[oid, default: []].append(column)
                continue
            }
            guard case .integer(let targetOID) = constraint[4], let target = tableNames[targetOID],
                case .text(let targetColumn) = constraint[5]
            else { continue }
            if lastConstraint == constraintID, var keys = foreignKeysByTable[oid], !keys.isEmpty {
                keys[keys.count - 1].columns.append(column)
                keys[keys.count - 1].targetColumns.append(targetColumn)
                foreignKeysByTable[oid] = keys
            } else {
                foreignKeysByTable[oid, default: []].append(
                    ForeignKey(columns: [column], targetTable: target, targetColumns: [targetColumn]))
            }
            lastConstraint = constraintID
        }

        return tables.compactMap { table in
            guard case .integer(let oid) = table[0], let tableName = tableNames[oid],
                case .text(let kind) = table[3]
            else { return nil }
            let keys = keysByTable[oid] ?? []
            var fields = fieldsByTable[oid] ?? []
            for index in fields.indices where keys.contains(fields[index].column) {
                fields[index].isKey = true
                fields[index].isNullable = false
            }
            // Key fields in the key's order, as a composite key declares them.
            let isView = kind == "v" || kind == "m"
            return ModelSchema(
                name: TableName.display(tableName), tableName: tableName, fields: fields,
                foreignKeys: foreignKeysByTable[oid] ?? [], isReadOnly: isView || keys.isEmpty)
        }
    }

    /// The four affinities for a PostgreSQL type name.
    static func columnType(_ typeName: String) -> ColumnType {
        switch typeName {
        case "int2", "int4", "int8", "oid", "bool": .integer
        case "float4", "float8", "numeric", "money": .real
        case "text", "varchar", "bpchar", "char", "name", "citext", "uuid", "json", "jsonb", "xml",
            "date", "time", "timetz", "timestamp", "timestamptz", "interval":
            .text
        case "bytea": .blob
        default: .any
        }
    }

    private static func text(_ value: DatabaseValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
}
#endif
