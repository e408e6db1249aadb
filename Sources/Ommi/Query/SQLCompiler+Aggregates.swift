/// Aggregates over the rows a query selects: a function of one column, counts grouped by a
/// column, and the number of related rows of every owner.
///
/// Each is one statement over the same query AST as `select`, so conditions on related models,
/// orders and windows mean what they mean for the rows themselves.
extension SQLCompiler {
    /// `SELECT <function>(column)` over the rows the query selects (within its window).
    public func aggregate(_ function: AggregateFunction, of column: String, in query: SelectQuery) throws
        -> SQLStatement
    {
        let field = try aggregatedField(column, of: query)
        let builder = SQLBuilder(dialect: dialect)
        let value = "\(aggregateSource(query)).\(dialect.quote(column))"
        builder.append("SELECT " + function.expression(of: value, type: field.type))
        try appendAggregateSource(query, columns: [column], to: builder)
        return builder.statement
    }

    /// The distinct values of `column` among the rows the query selects, each with how many rows
    /// hold it, ordered by value (NULL first).
    public func groupCounts(by column: String, in query: SelectQuery) throws -> SQLStatement {
        _ = try aggregatedField(column, of: query)
        let builder = SQLBuilder(dialect: dialect)
        let value = "\(aggregateSource(query)).\(dialect.quote(column))"
        builder.append("SELECT \(value), count(*)")
        try appendAggregateSource(query, columns: [column], to: builder)
        builder.append(" GROUP BY \(value) ORDER BY \(value)")
        if dialect.needsExplicitNullOrdering { builder.append(" NULLS FIRST") }
        return builder.statement
    }

    /// The rows the query selects, each followed by one count per relation: the number of its
    /// related rows, or for a many-to-many relation the number of its association rows (links).
    /// One statement, whatever the number of owners.
    public func relationCounts(_ relations: [ResolvedRelation], owners query: SelectQuery) throws -> SQLStatement {
        let table = dialect.quoteTable(query.schema.tableName)
        let builder = SQLBuilder(dialect: dialect)
        builder.append("SELECT ")
        builder.list(query.schema.selectedColumns) { builder.append("\(table).\(dialect.quote($0))") }
        for relation in relations {
            guard relation.owner.tableName == query.schema.tableName else {
                throw OmmiError(
                    .invalidQuery, "\(relation.owner.name).\(relation.name) is not a relation of \(query.schema.name)")
            }
            let counted = relation.through.map { ($0.schema.tableName, $0.ownerSide) }
                ?? (relation.target.tableName, relation.targetColumns)
            let alias = builder.newAlias()
            builder.append(", (SELECT count(*) FROM \(dialect.quoteTable(counted.0)) AS \(alias) WHERE ")
            builder.list(Array(zip(counted.1, relation.ownerColumns)), separator: " AND ") { pair in
                builder.append("\(alias).\(dialect.quote(pair.0)) = \(table).\(dialect.quote(pair.1))")
            }
            builder.append(")")
        }
        builder.append(" FROM \(table)")
        try appendFiltering(query, to: builder, ordered: true)
        return builder.statement
    }

    private func aggregatedField(_ column: String, of query: SelectQuery) throws -> FieldSchema {
        guard let index = query.schema.fieldIndex(ofColumn: column) else {
            throw OmmiError(.schema, "\(query.schema.name) has no column \(column)")
        }
        return query.schema.fields[index]
    }
}
