/// Aggregates of a model known only at run time, on the same AST and compiler as typed queries:
/// what the browser's record pane shows beside a row (how many rows each relation holds).
extension DynamicModel {
    /// The aggregate of `column` over the rows `query` selects, as the database returns it (NULL
    /// over no rows).
    public func aggregate(_ function: AggregateFunction, of column: String, in query: SelectQuery) async throws
        -> DatabaseValue
    {
        var result = DatabaseValue.null
        try await database.driver.query(try database.compiler.aggregate(function, of: column, in: query)) { row in
            result = row.value(at: 0)
        }
        return result
    }

    /// How many rows `query` selects hold each value of `column`, ordered by value (NULL first).
    public func counts(by column: String, in query: SelectQuery) async throws -> [GroupCount<DatabaseValue>] {
        try await groups(try database.compiler.groupCounts(by: column, in: query))
    }

    /// The values of `column` among the rows `query` selects with how many rows hold each, most
    /// frequent first: `limit` of them from `offset`, a window of the column's frequency table.
    public func frequencies(of column: String, in query: SelectQuery, limit: Int, offset: Int) async throws
        -> [GroupCount<DatabaseValue>]
    {
        try await groups(try database.compiler.frequencies(of: column, in: query, limit: limit, offset: offset))
    }

    /// The value and count of each row of a grouped count.
    private func groups(_ statement: SQLStatement) async throws -> [GroupCount<DatabaseValue>] {
        var groups: [GroupCount<DatabaseValue>] = []
        try await database.driver.query(statement) { row in
            groups.append(GroupCount(value: row.value(at: 0), count: try row.decode(Int.self, at: 1)))
        }
        return groups
    }

    /// How many distinct values `column` takes among the rows `query` selects (NULL being one),
    /// and how many rows that is.
    public func distinctValues(of column: String, in query: SelectQuery) async throws -> (values: Int, rows: Int) {
        var counts = (values: 0, rows: 0)
        try await database.driver.query(try database.compiler.distinctValues(of: column, in: query)) { row in
            counts = (try row.decode(Int.self, at: 0), try row.decode(Int.self, at: 1))
        }
        return counts
    }

    /// The rows `query` selects, each with one count per relation named in `relations` (in that
    /// order): its related rows, or for a many-to-many relation its links. One statement for all.
    public func rows(_ query: SelectQuery, counting relations: [String]) async throws
        -> [(row: DynamicRow, counts: [Int])]
    {
        let resolved = try relations.map(resolved)
        let statement = try database.compiler.relationCounts(resolved, owners: query)
        let width = schema.selectedColumns.count
        var rows: [(row: DynamicRow, counts: [Int])] = []
        try await database.driver.query(statement) { row in
            let values = row.values
            let counts = try (width..<values.count).map { try row.decode(Int.self, at: $0) }
            rows.append((DynamicRow(values: Array(values[..<width])), counts))
        }
        return rows
    }
}
