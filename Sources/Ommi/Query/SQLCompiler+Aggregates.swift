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
        let builder = SQLBuilder(dialect: dialect)
        let value = try appendGroupedCounts(by: column, in: query, to: builder)
        builder.append(" ORDER BY \(value)")
        if dialect.needsExplicitNullOrdering { builder.append(" NULLS FIRST") }
        return builder.statement
    }

    /// The distinct values of `column` among the rows the query selects with how many rows hold
    /// each, most frequent first (equal counts by value, NULL first): `limit` of them from
    /// `offset`, so that a frequency table of many values is read a window at a time.
    public func frequencies(of column: String, in query: SelectQuery, limit: Int, offset: Int) throws -> SQLStatement {
        let builder = SQLBuilder(dialect: dialect)
        let value = try appendGroupedCounts(by: column, in: query, to: builder)
        builder.append(" ORDER BY count(*) DESC, \(value)")
        if dialect.needsExplicitNullOrdering { builder.append(" NULLS FIRST") }
        builder.append(" LIMIT ")
        builder.bind(.integer(Int64(limit)))
        builder.append(" OFFSET ")
        builder.bind(.integer(Int64(offset)))
        return builder.statement
    }

    /// How many distinct values (NULL being one) `column` takes among the rows the query
    /// selects, and how many rows hold them: the length of its frequency table and the whole
    /// that shares are of.
    public func distinctValues(of column: String, in query: SelectQuery) throws -> SQLStatement {
        let builder = SQLBuilder(dialect: dialect)
        let counted = dialect.quote("counted")
        // PostgreSQL sums bigints as numeric: the cast keeps the total an integer everywhere.
        builder.append("SELECT count(*), CAST(coalesce(sum(grouped.\(counted)), 0) AS BIGINT) FROM (")
        try appendGroupedCounts(by: column, in: query, to: builder, selecting: "count(*) AS \(counted)")
        builder.append(") AS grouped")
        return builder.statement
    }

    /// Appends `SELECT value, count(*) … GROUP BY value` (or another selection) over the rows the
    /// query selects; returns the value's expression, for an order to follow.
    @discardableResult
    private func appendGroupedCounts(
        by column: String, in query: SelectQuery, to builder: SQLBuilder, selecting selection: String? = nil
    ) throws -> String {
        _ = try aggregatedField(column, of: query)
        let value = "\(aggregateSource(query)).\(dialect.quote(column))"
        builder.append("SELECT " + (selection ?? "\(value), count(*)"))
        try appendAggregateSource(query, columns: [column], to: builder)
        builder.append(" GROUP BY \(value)")
        return value
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
            let counted =
                relation.through.map { ($0.schema.tableName, $0.ownerSide) }
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
