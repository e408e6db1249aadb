/// Values of related rows read beside each row of a select, as correlated subqueries.
extension SQLCompiler {
    /// `SELECT` of the query's columns followed by one column per value in `related`, each
    /// computed from the rows related to the row it stands beside.
    public func select(_ query: SelectQuery, alongside related: [RelatedValue]) throws -> SQLStatement {
        related.isEmpty ? try select(query) : try compileSelect(query, alongside: related)
    }

    /// Appends `, (SELECT … FROM <related rows>)` for each value, on the root table of `query`.
    func appendRelatedValues(_ related: [RelatedValue], of query: SelectQuery, to builder: SQLBuilder) throws {
        let root = dialect.quoteTable(query.schema.tableName)
        let renderer = ConditionRenderer(builder: builder, catalog: query.catalog, root: query.schema, rootName: root)
        let scope = [query.schema.tableName: root]
        for value in related {
            let relation = value.relation
            guard relation.owner.tableName == query.schema.tableName else {
                throw OmmiError(
                    .invalidQuery, "\(relation.owner.name).\(relation.name) is not a relation of \(query.schema.name)")
            }
            builder.append(", (")
            switch value {
            case .count:
                _ = try renderer.renderRelated(relation.relatedRows, aliases: scope) { _ in "count(*)" }
            case .column(_, let column):
                guard relation.target.selectedColumns.contains(column) else {
                    throw OmmiError(.schema, "\(relation.target.name) has no column \(column)")
                }
                let inner = try renderer.renderRelated(relation.relatedRows, aliases: scope) {
                    "\($0).\(dialect.quote(column))"
                }
                let target = inner[relation.target.tableName] ?? ""
                let keys = relation.target.keyColumns
                if !keys.isEmpty {
                    builder.append(" ORDER BY ")
                    builder.list(keys) { builder.append("\(target).\(dialect.quote($0))") }
                }
                builder.append(" LIMIT 1")
            }
            builder.append(")")
        }
    }
}

extension DynamicModel {
    /// The rows `query` selects, each with the values of `related` read beside it (in that order),
    /// in one statement (and, for the texts ``SelectQuery/textPrefix`` cuts, the driver's reads of
    /// their first characters by rowid).
    public func rows(_ query: SelectQuery, alongside related: [RelatedValue]) async throws
        -> [(row: DynamicRow, related: [DatabaseValue])]
    {
        if let cut = await textCut(query) { return try await rows(query, cutting: cut, alongside: related) }
        let statement = try database.compiler.select(query, alongside: related)
        let width = schema.selectedColumns.count
        var rows: [(row: DynamicRow, related: [DatabaseValue])] = []
        try await database.driver.query(statement) { row in
            let values = row.values
            rows.append((DynamicRow(values: Array(values[..<width])), Array(values[width...])))
        }
        return rows
    }
}
