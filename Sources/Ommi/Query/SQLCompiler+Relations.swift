/// Statements that load the rows of a relation, for one owner or for every owner a query selects.
extension SQLCompiler {
    /// The related rows of one owner, ordered by the target's key. Nil when an owner column the
    /// relation needs is NULL: then nothing is related and no query is needed.
    public func related(_ relation: ResolvedRelation, ownerValues: [DatabaseValue], limit: Int? = nil) -> SQLStatement?
    {
        guard !ownerValues.contains(where: \.isNull) else { return nil }
        let builder = SQLBuilder(dialect: dialect)
        let target = "r"
        appendTargetSelect(relation, alias: target, leading: [], to: builder)
        builder.append(" WHERE ")
        if let through = relation.through {
            builder.append(tuple(target, relation.targetColumns))
            builder.append(" IN (SELECT ")
            builder.append(columnList("a", through.targetSide))
            builder.append(" FROM \(dialect.quoteTable(through.schema.tableName)) AS a WHERE ")
            appendEqualsValues("a", through.ownerSide, ownerValues, to: builder)
            builder.append(")")
        } else {
            appendEqualsValues(target, relation.targetColumns, ownerValues, to: builder)
        }
        let order = relation.target.keyColumns
        if !order.isEmpty { builder.append(" ORDER BY " + columnList(target, order)) }
        if let limit {
            builder.append(" LIMIT ")
            builder.bind(.integer(Int64(limit)))
        }
        return builder.statement
    }

    /// The related rows of every owner `owners` selects, in one statement. Each row starts with
    /// the owner-side values it belongs to (as many as `relation.ownerColumns`), then the target's
    /// columns.
    public func eagerRelated(_ relation: ResolvedRelation, owners: SelectQuery) throws -> SQLStatement {
        let builder = SQLBuilder(dialect: dialect)
        let target = "r"
        if let through = relation.through {
            builder.append("SELECT DISTINCT ")
            appendTargetColumns(relation, alias: target, leading: through.ownerSide.map { ("a", $0) }, to: builder)
            builder.append(" FROM \(dialect.quoteTable(through.schema.tableName)) AS a JOIN ")
            builder.append("\(dialect.quoteTable(relation.target.tableName)) AS \(target) ON ")
            builder.append(
                zip(relation.targetColumns, through.targetSide).map {
                    "\(target).\(dialect.quote($0.0)) = a.\(dialect.quote($0.1))"
                }.joined(separator: " AND "))
            builder.append(" WHERE \(tuple("a", through.ownerSide)) IN (")
        } else {
            appendTargetSelect(
                relation, alias: target, leading: relation.targetColumns.map { (target, $0) }, to: builder)
            builder.append(" WHERE \(tuple(target, relation.targetColumns)) IN (")
        }
        try appendColumnsSubquery(owners, columns: relation.ownerColumns, to: builder)
        builder.append(")")
        let order = relation.target.keyColumns
        if !order.isEmpty { builder.append(" ORDER BY " + columnList(target, order)) }
        return builder.statement
    }

    /// `INSERT` of one association row: the owner side, the target side, then the payload columns.
    public func associationInsert(_ relation: ResolvedRelation, payloadColumns: [String]) throws -> String {
        guard let through = relation.through else { throw notManyToMany(relation) }
        return insert(into: through.schema, columns: through.ownerSide + through.targetSide + payloadColumns)
    }

    /// `DELETE` of the association rows between one owner and one target.
    public func associationDelete(
        _ relation: ResolvedRelation, ownerValues: [DatabaseValue], targetValues: [DatabaseValue]
    )
        throws -> SQLStatement
    {
        guard let through = relation.through else { throw notManyToMany(relation) }
        let builder = SQLBuilder(dialect: dialect)
        builder.append("DELETE FROM \(dialect.quoteTable(through.schema.tableName)) AS a WHERE ")
        appendEqualsValues("a", through.ownerSide + through.targetSide, ownerValues + targetValues, to: builder)
        return builder.statement
    }

    func notManyToMany(_ relation: ResolvedRelation) -> OmmiError {
        OmmiError(.invalidQuery, "\(relation.owner.name).\(relation.name) is not a many-to-many relation")
    }

    // MARK: Pieces

    private func appendTargetSelect(
        _ relation: ResolvedRelation, alias: String, leading: [(String, String)], to builder: SQLBuilder
    ) {
        builder.append("SELECT ")
        appendTargetColumns(relation, alias: alias, leading: leading, to: builder)
        builder.append(" FROM \(dialect.quoteTable(relation.target.tableName)) AS \(alias)")
    }

    private func appendTargetColumns(
        _ relation: ResolvedRelation, alias: String, leading: [(String, String)], to builder: SQLBuilder
    ) {
        let all = leading + relation.target.selectedColumns.map { (alias, $0) }
        builder.append(all.map { "\($0.0).\(dialect.quote($0.1))" }.joined(separator: ", "))
    }

    private func appendEqualsValues(
        _ alias: String, _ columns: [String], _ values: [DatabaseValue], to builder: SQLBuilder
    ) {
        builder.list(Array(zip(columns, values)), separator: " AND ") { pair in
            builder.append("\(alias).\(dialect.quote(pair.0)) = ")
            builder.bind(pair.1)
        }
    }

    private func columnList(_ alias: String, _ columns: [String]) -> String {
        columns.map { "\(alias).\(dialect.quote($0))" }.joined(separator: ", ")
    }

    private func tuple(_ alias: String, _ columns: [String]) -> String {
        columns.count == 1 ? columnList(alias, columns) : "(\(columnList(alias, columns)))"
    }
}
