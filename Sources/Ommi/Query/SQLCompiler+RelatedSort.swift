/// Sorting by a column of a to-one related model: `db.find(Book.self).sorted(by: Author.name)`.
extension SQLCompiler {
    /// Appends a `LEFT JOIN` of every other model whose columns are in `order`, each through the
    /// root's one reference to it, and returns the alias of each joined table.
    ///
    /// A reference matches at most one row of its target, so the join never repeats a root row;
    /// a root row whose reference is NULL (or dangling) joins NULLs, which sort first ascending and
    /// last descending, as NULLs of the root's own columns do.
    func appendSortJoins(_ order: [SortKey], of query: SelectQuery, to builder: SQLBuilder) throws -> [String: String] {
        let root = query.schema
        let rootName = dialect.quoteTable(root.tableName)
        var aliases: [String: String] = [:]
        for key in order where key.column.table != root.tableName && aliases[key.column.table] == nil {
            let table = key.column.table
            let references = root.foreignKeys.filter { $0.targetTable == table }
            guard references.count == 1, let reference = references.first else {
                let column = "\(TableName.display(table)).\(key.column.column)"
                throw OmmiError(
                    .invalidQuery,
                    references.isEmpty
                        ? "cannot sort \(root.name) by \(column): \(root.name) has no reference to \(TableName.display(table)), and only a to-one related model's column can be a sort key"
                        : "cannot sort \(root.name) by \(column): \(root.name) has \(references.count) references to \(TableName.display(table)), so which row to sort by is ambiguous"
                )
            }
            let alias = builder.newAlias()
            aliases[table] = alias
            builder.append(" LEFT JOIN \(dialect.quoteTable(table)) AS \(alias) ON ")
            builder.list(Array(zip(reference.targetColumns, reference.columns)), separator: " AND ") { pair in
                builder.append("\(alias).\(dialect.quote(pair.0)) = \(rootName).\(dialect.quote(pair.1))")
            }
        }
        return aliases
    }
}
