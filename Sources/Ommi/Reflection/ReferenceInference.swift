/// References a database does not declare, found from column names, as the original Ommi
/// writes them: a column `post_id`, `postId` or `PostID` refers to the single-column key of the
/// table `Post` or `Posts`.
enum ReferenceInference {
    /// Declared foreign keys with their targets spelled as the tables and columns are (SQLite
    /// matches names case-insensitively), an omitted target column filled in with the target's
    /// key, and keys to tables or columns that do not exist left out.
    static func normalizeDeclared(_ schemas: [ModelSchema]) -> [ModelSchema] {
        let byExactName = Dictionary(schemas.map { ($0.tableName, $0) }, uniquingKeysWith: { first, _ in first })
        let byName = Dictionary(
            schemas.map { ($0.tableName.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        return schemas.map { schema in
            var schema = schema
            schema.foreignKeys = schema.foreignKeys.compactMap { key in
                // The exact name first: PostgreSQL can hold both "User" and "user".
                guard let target = byExactName[key.targetTable] ?? byName[key.targetTable.lowercased()] else {
                    return nil
                }
                var key = key
                key.targetTable = target.tableName
                if key.targetColumns.allSatisfy(\.isEmpty) {
                    key.targetColumns = target.keyFields.map(\.column)
                }
                let columns = key.columns.compactMap { column in schema.field(matchingColumn: column)?.column }
                let targetColumns = key.targetColumns.compactMap { column in
                    target.field(matchingColumn: column)?.column
                }
                guard columns.count == key.columns.count, targetColumns.count == key.columns.count else { return nil }
                key.columns = columns
                key.targetColumns = targetColumns
                return key
            }
            return schema
        }
    }

    /// Adds an inferred reference for every column that a declared key does not cover and whose
    /// name names another table with a single-column key of a compatible type.
    static func inferReferences(in schemas: [ModelSchema]) -> [ModelSchema] {
        let targets = TableNames(schemas.filter { !$0.isReadOnly && $0.keyFields.count == 1 && !$0.usesRowID })
        return schemas.map { schema in
            guard !schema.isReadOnly else { return schema }
            var schema = schema
            let declared = Set(schema.foreignKeys.flatMap(\.columns))
            for field in schema.fields where !declared.contains(field.column) {
                guard let stem = RelationNaming.referenceStem(ofColumn: field.column),
                    let target = targets.table(namedBy: stem),
                    let key = target.keyFields.first, compatible(field.type, key.type),
                    !(target.tableName == schema.tableName && key.column == field.column)
                else { continue }
                schema.foreignKeys.append(
                    ForeignKey(
                        columns: [field.column], targetTable: target.tableName, targetColumns: [key.column],
                        isInferred: true))
            }
            return schema
        }
    }

    /// Whether values of a column of type `column` can hold keys of type `key`, judged from the
    /// declared types alone.
    private static func compatible(_ column: ColumnType, _ key: ColumnType) -> Bool {
        column == key || column == .any || key == .any
    }
}

/// Tables by the names a column may use for them, so that finding the table a column names
/// costs the same with two thousand tables as with two.
private struct TableNames {
    private var byName: [String: [ModelSchema]] = [:]
    private var bySingular: [String: [ModelSchema]] = [:]

    init(_ tables: [ModelSchema]) {
        for table in tables {
            let name = RelationNaming.comparable(table.tableName)
            byName[name, default: []].append(table)
            bySingular[RelationNaming.singular(name), default: []].append(table)
        }
    }

    /// The table a column stem names: the same name in any case, singular or plural; nil when
    /// none or more than one fits.
    func table(namedBy stem: String) -> ModelSchema? {
        let wanted = RelationNaming.comparable(stem)
        if let exact = byName[wanted], exact.count == 1 { return exact[0] }
        var inflected = bySingular[wanted] ?? []
        for table in byName[RelationNaming.plural(wanted)] ?? []
        where !inflected.contains(where: { $0.tableName == table.tableName }) {
            inflected.append(table)
        }
        return inflected.count == 1 ? inflected[0] : nil
    }
}

extension ModelSchema {
    /// The field whose column has this name, compared as SQLite compares identifiers.
    func field(matchingColumn column: String) -> FieldSchema? {
        fields.first { $0.column == column } ?? fields.first { $0.column.lowercased() == column.lowercased() }
    }
}
