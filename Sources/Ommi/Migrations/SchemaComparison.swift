/// Compares the schema a model declares with the one its table has in the database.
///
/// Each aspect (columns, key, references, indexes, unique constraints) is one method returning its differences; a new schema
/// fact is one more method and one more ``SchemaDifference/Kind``. Defaults are compared only
/// where they matter: Ommi writes every column of a model when it inserts one, so a column's
/// default decides nothing but the value existing rows get when the column is added.
struct SchemaComparison {
    let declared: ModelSchema
    let live: ModelSchema
    let dialect: any SQLDialect
    /// Whether the table holds at least one row; asked only when the answer decides something.
    let hasRows: () async throws -> Bool
    /// The integer the one row of a `SELECT count(*)` query holds.
    let count: (String) async throws -> Int

    func differences() async throws -> [SchemaDifference] {
        try await columnDifferences() + keyDifferences() + referenceDifferences() + indexDifferences()
            + uniqueDifferences()
    }

    private func difference(_ kind: SchemaDifference.Kind) -> SchemaDifference {
        SchemaDifference(table: declared.tableName, kind: kind)
    }

    private func liveField(_ column: String) -> FieldSchema? {
        live.fields.first { $0.column == column }
    }

    func columnDifferences() async throws -> [SchemaDifference] {
        var differences: [SchemaDifference] = []
        let evolution = dialect.evolution
        for field in declared.fields {
            guard let existing = liveField(field.column) else {
                var fillable = field.isNullable || field.defaultSQL != nil
                if !fillable { fillable = try await !hasRows() }
                differences.append(difference(fillable ? .missingColumn(field) : .requiredColumnOnTableWithRows(field)))
                continue
            }
            let modelType = dialect.columnDefinitionType(field)
            if field.type != .any, evolution.typeFamily(modelType) != evolution.typeFamily(existing.declaredType) {
                differences.append(
                    difference(.changedType(field, databaseType: existing.declaredType, modelType: modelType)))
            }
            if !field.isKey && !existing.isKey && field.isNullable != existing.isNullable {
                differences.append(difference(.changedNullability(field, nullableInDatabase: existing.isNullable)))
            }
        }
        for existing in live.fields where declared.fieldIndex(ofColumn: existing.column) == nil {
            differences.append(difference(.columnNotInModel(column: existing.column)))
        }
        return differences
    }

    func keyDifferences() -> [SchemaDifference] {
        let declaredKey = declared.usesRowID ? [] : declared.keyFields.map(\.column)
        let liveKey = live.keyFields.map(\.column)
        guard Set(declaredKey) != Set(liveKey) else { return [] }
        return [difference(.changedKey(database: liveKey, model: declaredKey))]
    }

    func referenceDifferences() -> [SchemaDifference] {
        let liveKeys = live.foreignKeys.filter { !$0.isInferred }
        var differences: [SchemaDifference] = []
        for key in declared.foreignKeys where !liveKeys.contains(where: { Self.same($0, key) }) {
            // A reference from one new column is created with the column (``Kind/missingColumn``).
            let isNewColumn = key.columns.count == 1 && liveField(key.columns[0]) == nil
            if !isNewColumn { differences.append(difference(.missingReference(key))) }
        }
        for key in liveKeys where !declared.foreignKeys.contains(where: { Self.same(key, $0) }) {
            differences.append(difference(.referenceNotInModel(key)))
        }
        return differences
    }

    /// The `@Indexed` columns without an index in the database, where neither side's key or
    /// unique constraints lead with the column (an index the table has anyway serves it).
    func indexDifferences() -> [SchemaDifference] {
        let covered =
            [declared.keyFields.map(\.column), live.keyFields.map(\.column)]
            + declared.uniqueColumnSets + live.uniqueColumnSets
        return declared.fields.filter(\.isIndexed).compactMap { field in
            let isCovered = liveField(field.column)?.isIndexed == true || covered.contains { $0.first == field.column }
            return isCovered ? nil : difference(.missingIndex(columns: [field.column]))
        }
    }

    /// The unique constraints of the model the database lacks, safe to add when no values repeat.
    func uniqueDifferences() async throws -> [SchemaDifference] {
        let liveSets = [live.keyFields.map(\.column)] + live.uniqueColumnSets
        var differences: [SchemaDifference] = []
        for columns in declared.uniqueColumnSets where !liveSets.contains(where: { Set($0) == Set(columns) }) {
            let repeated = try await count(repeatedValuesQuery(columns))
            let kind: SchemaDifference.Kind =
                repeated == 0
                ? .missingUnique(columns: columns) : .uniqueOverDuplicates(columns: columns, duplicatedValues: repeated)
            differences.append(difference(kind))
        }
        return differences
    }

    /// Counts the distinct values of `columns` that several rows share. A row with NULL in any of
    /// them conflicts with none, on either database. A column the table does not have yet takes
    /// one value in every row (its default, else NULL): it filters, but does not split the groups.
    func repeatedValuesQuery(_ columns: [String]) -> String {
        let existing = columns.filter { liveField($0) != nil }.map(dialect.quote)
        let added = columns.filter { liveField($0) == nil }.map { declared.field(named: $0)?.defaultSQL ?? "NULL" }
        let rows =
            "FROM \(dialect.quoteTable(live.tableName)) WHERE "
            + (existing + added).map { "\($0) IS NOT NULL" }.joined(separator: " AND ")
        guard !existing.isEmpty else { return "SELECT CASE WHEN count(*) > 1 THEN 1 ELSE 0 END \(rows)" }
        return "SELECT count(*) FROM (SELECT 1 AS repeated \(rows) GROUP BY \(existing.joined(separator: ", ")) "
            + "HAVING count(*) > 1) AS repeated_values"
    }

    /// Whether two foreign keys join the same columns to the same table; a live key that names no
    /// target columns refers to the target's primary key, which any declared target matches.
    private static func same(_ live: ForeignKey, _ declared: ForeignKey) -> Bool {
        live.columns == declared.columns && live.targetTable == declared.targetTable
            && (live.targetColumns == declared.targetColumns || live.targetColumns.allSatisfy(\.isEmpty))
    }
}
