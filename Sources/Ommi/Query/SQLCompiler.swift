/// Turns the query AST into SQL statements of one dialect.
///
/// The text of a statement depends only on the shape of the query (tables, columns, operators,
/// how many values), never on the values, which are all bound.
public struct SQLCompiler: Sendable {
    /// The dialect statements are written in.
    public let dialect: any SQLDialect
    /// Texts of the common statement shapes already compiled: compiling the same text again for
    /// every lookup, update or delete by key was most of what such a call cost beside SQLite.
    let cache = StatementCache()

    /// A compiler for `dialect`.
    public init(dialect: any SQLDialect) {
        self.dialect = dialect
    }

    // MARK: Reads

    /// `SELECT` of the query's columns.
    public func select(_ query: SelectQuery) throws -> SQLStatement {
        try cache.statement(query, kind: .select) { try compileSelect(query) }
    }

    /// `SELECT` of the query's columns that leaves the texts ``SelectQuery/textPrefix`` cuts for
    /// the driver to read by rowid (``Driver/storedHeads(table:column:rowIDs:count:)``), since
    /// SQL cuts a text only after loading it whole: such a column is read as NULL where it holds
    /// text, and the row ends with the values of `related`, then per such column whether it holds
    /// text, then the rowid.
    func selectLeavingTexts(_ query: SelectQuery, alongside related: [RelatedValue] = []) throws -> SQLStatement {
        try compileSelect(query, leavingTexts: true, alongside: related)
    }

    /// The select of `query`, with the values of `related` (``RelatedValue``) after its columns,
    /// and with `leavingTexts` what ``selectLeavingTexts(_:alongside:)`` adds after them.
    func compileSelect(_ query: SelectQuery, leavingTexts: Bool = false, alongside related: [RelatedValue] = [])
        throws -> SQLStatement
    {
        let builder = SQLBuilder(dialect: dialect)
        let table = dialect.quoteTable(query.schema.tableName)
        var texts: [String] = []
        builder.append("SELECT ")
        let lengths = query.blobLengths ? Set(query.schema.fields.filter { $0.type == .blob }.map(\.column)) : []
        builder.list(query.schema.selectedColumns) { column in
            let reference = "\(table).\(dialect.quote(column))"
            if lengths.contains(column) {
                builder.append("length(\(reference))")
            } else if leavingTexts && query.cutsText(of: column) {
                texts.append("typeof(\(reference)) = 'text'")
                builder.append("CASE WHEN \(texts.last ?? "") THEN NULL ELSE \(reference) END")
            } else if let prefix = query.textPrefix, query.cutsText(of: column),
                let cut = query.schema.fields.first(where: { $0.column == column }).flatMap({
                    dialect.textPrefix(of: reference, field: $0, characters: prefix + 1)
                })
            {
                builder.append(cut)
            } else {
                builder.append(reference)
            }
        }
        if !related.isEmpty { try appendRelatedValues(related, of: query, to: builder) }
        if leavingTexts { builder.append((texts + ["\(table).rowid"]).map { ", " + $0 }.joined()) }
        builder.append(" FROM \(table)")
        try appendFiltering(query, to: builder, ordered: true)
        return builder.statement
    }

    /// `SELECT count(*)` of the rows the query selects (within its window, if it has one).
    public func count(_ query: SelectQuery) throws -> SQLStatement {
        let builder = SQLBuilder(dialect: dialect)
        builder.append("SELECT count(*)")
        try appendAggregateSource(query, columns: [], to: builder)
        return builder.statement
    }

    /// Where an aggregate over the rows `query` selects reads their columns: the root table, or
    /// for a query with a window the subquery ``appendAggregateSource(_:columns:to:)`` writes.
    func aggregateSource(_ query: SelectQuery) -> String {
        query.limit == nil && query.offset == nil ? dialect.quoteTable(query.schema.tableName) : "aggregated"
    }

    /// Appends the `FROM` of an aggregate over the rows `query` selects: the root table with the
    /// query's condition or, for a query with a window, a subquery of its `columns` within the
    /// window, named as ``aggregateSource(_:)`` says.
    func appendAggregateSource(_ query: SelectQuery, columns: [String], to builder: SQLBuilder) throws {
        let table = dialect.quoteTable(query.schema.tableName)
        if query.limit == nil && query.offset == nil {
            builder.append(" FROM \(table)")
            try appendFiltering(query, to: builder, ordered: false)
            return
        }
        builder.append(" FROM (SELECT ")
        if columns.isEmpty { builder.append("1") }
        builder.list(columns) { builder.append("\(table).\(dialect.quote($0))") }
        builder.append(" FROM \(table)")
        try appendFiltering(query, to: builder, ordered: true)
        builder.append(") AS \(aggregateSource(query))")
    }

    /// The given columns of the rows the query selects, as a subquery for `IN (...)`.
    func appendColumnsSubquery(_ query: SelectQuery, columns: [String], to builder: SQLBuilder) throws {
        let table = dialect.quoteTable(query.schema.tableName)
        builder.append("SELECT ")
        builder.list(columns) { builder.append("\(table).\(dialect.quote($0))") }
        builder.append(" FROM \(table)")
        try appendFiltering(query, to: builder, ordered: true)
    }

    // MARK: Writes

    /// `DELETE` of the rows the query selects.
    public func delete(_ query: SelectQuery) throws -> SQLStatement {
        try cache.statement(query, kind: .delete) { try compileDelete(query) }
    }

    func compileDelete(_ query: SelectQuery) throws -> SQLStatement {
        let builder = SQLBuilder(dialect: dialect)
        builder.append("DELETE FROM \(dialect.quoteTable(query.schema.tableName))")
        try appendWriteFilter(query, to: builder)
        return builder.statement
    }

    /// `UPDATE` of the rows the query selects.
    public func update(_ query: SelectQuery, set assignments: [ColumnAssignment]) throws -> SQLStatement {
        try cache.statement(query, kind: .update(columns: assignments.map(\.column)), assignments: assignments) {
            try compileUpdate(query, set: assignments)
        }
    }

    func compileUpdate(_ query: SelectQuery, set assignments: [ColumnAssignment]) throws -> SQLStatement {
        guard !assignments.isEmpty else { throw OmmiError(.invalidQuery, "an update needs at least one assignment") }
        for assignment in assignments where query.schema.fieldIndex(ofColumn: assignment.column) == nil {
            throw OmmiError(.schema, "\(query.schema.name) has no column \(assignment.column)")
        }
        let builder = SQLBuilder(dialect: dialect)
        builder.append("UPDATE \(dialect.quoteTable(query.schema.tableName)) SET ")
        builder.list(assignments) { assignment in
            builder.append("\(dialect.quote(assignment.column)) = ")
            builder.bind(assignment.value)
        }
        try appendWriteFilter(query, to: builder)
        return builder.statement
    }

    /// `INSERT` of one row into the given columns, returning the listed columns.
    public func insert(into schema: ModelSchema, columns: [String], returning: [String] = []) -> String {
        let table = dialect.quoteTable(schema.tableName)
        var sql: String
        if columns.isEmpty {
            sql = "INSERT INTO \(table) DEFAULT VALUES"
        } else {
            let names = columns.map(dialect.quote).joined(separator: ", ")
            let marks = (1...columns.count).map(dialect.placeholder).joined(separator: ", ")
            sql = "INSERT INTO \(table) (\(names)) VALUES (\(marks))"
        }
        if !returning.isEmpty { sql += " RETURNING " + returning.map(dialect.quote).joined(separator: ", ") }
        return sql
    }

    // MARK: Pieces

    func appendFiltering(_ query: SelectQuery, to builder: SQLBuilder, ordered: Bool) throws {
        let table = dialect.quoteTable(query.schema.tableName)
        // The key columns that complete the order are only worked out when something uses them.
        let sorts = ordered && (!query.order.isEmpty || query.after != nil || query.limit != nil || query.offset != nil)
        let order = sorts || query.after != nil ? query.effectiveOrder : []
        // Columns of related models in the order come from a LEFT JOIN of each such model.
        let joined = sorts || query.after != nil ? try appendSortJoins(order, of: query, to: builder) : [:]
        var terms: [(Condition, [String: String])] = query.condition.map { [($0, [:])] } ?? []
        if let after = query.after {
            guard after.count == order.count else {
                throw OmmiError(
                    .invalidQuery, "keyset paging needs \(order.count) values (one per sort key), got \(after.count)")
            }
            // The keyset compares the joined rows' columns, not any related row's.
            terms.append((Self.keysetCondition(order, after, neverNull: { query.neverNull($0) }), joined))
        }
        if !terms.isEmpty {
            builder.append(" WHERE ")
            let renderer = ConditionRenderer(
                builder: builder, catalog: query.catalog, root: query.schema, rootName: table)
            try builder.list(terms, separator: " AND ") { term in
                if terms.count > 1 { builder.append("(") }
                try renderer.render(term.0, joined: term.1)
                if terms.count > 1 { builder.append(")") }
            }
        }
        if sorts && !order.isEmpty {
            builder.append(" ORDER BY ")
            builder.list(order) { key in
                let source = joined[key.column.table] ?? table
                builder.append("\(source).\(dialect.quote(key.column.column))")
                builder.append(key.descending ? " DESC" : "")
                if dialect.needsExplicitNullOrdering { builder.append(key.descending ? " NULLS LAST" : " NULLS FIRST") }
            }
        }
        if ordered {
            if let limit = query.limit {
                builder.append(" LIMIT ")
                builder.bind(.integer(Int64(max(0, limit))))
            } else if query.offset != nil {
                builder.append(" LIMIT -1")
            }
            if let offset = query.offset {
                builder.append(" OFFSET ")
                builder.bind(.integer(Int64(max(0, offset))))
            }
        }
    }

    /// A window, order or keyset on a write selects its rows by key through a subquery.
    private func appendWriteFilter(_ query: SelectQuery, to builder: SQLBuilder) throws {
        if query.limit == nil && query.offset == nil && query.after == nil {
            try appendFiltering(query, to: builder, ordered: false)
            return
        }
        let table = dialect.quoteTable(query.schema.tableName)
        let keys = query.schema.keyColumns
        guard !keys.isEmpty else {
            throw OmmiError(.invalidQuery, "\(query.schema.name) has no key to limit a write by")
        }
        let tuple = keys.map { "\(table).\(dialect.quote($0))" }.joined(separator: ", ")
        builder.append(keys.count == 1 ? " WHERE \(tuple) IN (" : " WHERE (\(tuple)) IN (")
        try appendColumnsSubquery(query, columns: keys, to: builder)
        builder.append(")")
    }

    /// Rows after `values` in `order`, where NULL sorts before every value. A descending column
    /// that can hold NULL also looks for them after its last value; one that never does
    /// (`neverNull`) does not, so that the condition stays a range an index can search (SQLite
    /// scans a whole table for `rowid < ? OR rowid IS NULL`).
    static func keysetCondition(
        _ order: [SortKey], _ values: [DatabaseValue], neverNull: (ColumnRef) -> Bool = { _ in false }
    ) -> Condition {
        var alternatives: [Condition] = []
        for index in order.indices {
            var terms: [Condition] = []
            for previous in 0..<index {
                let column = Operand.column(order[previous].column)
                terms.append(
                    values[previous].isNull
                        ? .isNull(column, negated: false) : .compare(column, .equal, .value(values[previous])))
            }
            let column = Operand.column(order[index].column)
            let value = values[index]
            switch (order[index].descending, value.isNull) {
            case (false, true): terms.append(.isNull(column, negated: true))
            case (false, false): terms.append(.compare(column, .greater, .value(value)))
            case (true, true): continue
            case (true, false) where neverNull(order[index].column):
                terms.append(.compare(column, .less, .value(value)))
            case (true, false):
                terms.append(.or([.compare(column, .less, .value(value)), .isNull(column, negated: false)]))
            }
            alternatives.append(terms.count == 1 ? terms[0] : .and(terms))
        }
        return alternatives.isEmpty ? .constant(false) : .or(alternatives)
    }
}
