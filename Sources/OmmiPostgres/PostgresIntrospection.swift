#if PostgreSQL
import Ommi

/// Reads the tables and views of a PostgreSQL database into schemas from `pg_catalog`: columns
/// with their types, nullability and defaults, primary keys, declared foreign keys, unique
/// constraints and indexes (partial and expression indexes left out), in three catalog queries
/// whatever the number of tables. Identity and `serial` columns are marked as
/// assigned by the database (`FieldSchema/isAuto`).
///
/// Tables of the current schema (usually `public`) keep their plain names; those of other
/// schemas are qualified (`sales.orders`). Views, materialized views and tables without a
/// primary key are read-only, since no key identifies their rows. A partitioned table is one
/// model; its partitions, and the copies of its constraints PostgreSQL keeps on them, are not.
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
            SELECT c.oid::int8, n.nspname::text, c.relname::text, c.relkind::text, (n.nspname = current_schema())::int
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.oid IN (\(Self.relations))
            ORDER BY n.nspname = current_schema() DESC, n.nspname, c.relname
            """)
        let columns = try await driver.catalogRows(
            """
            SELECT a.attrelid::int8, a.attname::text, format_type(a.atttypid, a.atttypmod), b.typname::text,
                   b.typcategory::text, a.attnotnull::int, pg_get_expr(d.adbin, d.adrelid),
                   (a.attidentity <> '' OR coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false))::int
            FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid
            JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attnum > 0 AND NOT a.attisdropped AND a.attrelid IN (\(Self.relations))
            ORDER BY a.attrelid, a.attnum
            """)
        let constraints = try await driver.catalogRows(
            """
            SELECT con.conrelid::int8, con.contype::text, con.oid::int8, a.attname::text,
                   con.confrelid::int8, fa.attname::text, k.position::int8, con.confdeltype::text
            FROM pg_constraint con
            CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
            LEFT JOIN pg_attribute fa ON fa.attrelid = con.confrelid AND fa.attnum = con.confkey[k.position]
            WHERE con.contype IN ('p', 'f') AND con.conparentid = 0 AND con.conrelid IN (\(Self.relations))
            UNION ALL
            SELECT i.indrelid::int8, CASE WHEN i.indisunique THEN 'u' ELSE 'i' END, i.indexrelid::int8, a.attname::text,
                   NULL, NULL, k.position::int8, NULL
            FROM pg_index i
            CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
            WHERE NOT i.indisprimary AND i.indpred IS NULL AND i.indexprs IS NULL AND k.position <= i.indnkeyatts
              AND i.indrelid IN (\(Self.relations))
            ORDER BY 1, 2, 3, 7
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
            let type = Self.columnType(Self.text(column[3]) ?? "", category: Self.text(column[4]) ?? "")
            fieldsByTable[oid, default: []].append(
                FieldSchema(
                    name: name, type: type, declaredType: Self.text(column[2]) ?? "",
                    isNullable: column[5] != .integer(1),
                    isAuto: column[7] == .integer(1), defaultSQL: Self.text(column[6])))
        }
        var keysByTable: [Int64: [String]] = [:]
        var foreignKeysByTable: [Int64: [ForeignKey]] = [:]
        var indexesByTable: [Int64: [(columns: [String], isUnique: Bool)]] = [:]
        var lastConstraint: Int64?
        for constraint in constraints {
            guard case .integer(let oid) = constraint[0], case .text(let kind) = constraint[1],
                case .integer(let constraintID) = constraint[2], case .text(let column) = constraint[3]
            else { continue }
            if kind == "p" {
                keysByTable[oid, default: []].append(column)
                continue
            }
            if kind == "u" || kind == "i" {
                if lastConstraint == constraintID, var index = indexesByTable[oid]?.popLast() {
                    index.columns.append(column)
                    indexesByTable[oid, default: []].append(index)
                } else {
                    indexesByTable[oid, default: []].append((columns: [column], isUnique: kind == "u"))
                }
                lastConstraint = constraintID
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
                    ForeignKey(
                        columns: [column], targetTable: target, targetColumns: [targetColumn],
                        onDelete: Self.text(constraint[7]).flatMap(ForeignKeyAction.init(postgresCode:)) ?? .noAction))
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
            let isView = kind == "v" || kind == "m"
            var schema = ModelSchema(
                name: TableName.display(tableName), tableName: tableName, fields: fields,
                foreignKeys: foreignKeysByTable[oid] ?? [], isReadOnly: isView || keys.isEmpty)
            for index in indexesByTable[oid] ?? [] {
                schema.addReflectedIndex(columns: index.columns, isUnique: index.isUnique)
            }
            return schema
        }
    }

    /// The column type of a PostgreSQL type (of a domain's base type), after the storage class
    /// its values are read as: integers are INTEGER, floats REAL, BYTEA a BLOB, and what reads as
    /// text (booleans, strings, dates and times, intervals, enums, arrays, UUID, JSON) TEXT.
    /// NUMERIC and MONEY are ANY, as SQLite's NUMERIC is: their exact values read as text, yet
    /// they take numbers; types read as bytes (geometry, network addresses, bits) are ANY too.
    static func columnType(_ typeName: String, category: String) -> ColumnType {
        switch typeName {
        case "int2", "int4", "int8", "oid": return .integer
        case "float4", "float8": return .real
        case "bytea": return .blob
        case "numeric", "money": return .any
        case "bool", "uuid", "json", "jsonb", "xml", "char": return .text
        default: return ["S", "D", "T", "E", "A"].contains(category) ? .text : .any
        }
    }

    private static func text(_ value: DatabaseValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
}
#endif
