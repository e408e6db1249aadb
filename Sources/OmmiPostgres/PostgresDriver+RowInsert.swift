#if PostgreSQL
import Ommi

extension PostgresDriver {
    /// The most rows one `INSERT` carries: a power of two, so that inserts of any number of rows
    /// use few statement texts (each prepared once per connection).
    static let rowsPerInsert = 1_024

    /// Inserts the rows many to a statement, since every statement is a round trip to the server:
    /// as many as `rowsPerInsert` and PostgreSQL's limit of 65,535 parameters allow, then the
    /// rest in statements of halving sizes (1,000 rows are 512 + 256 + 128 + 64 + 32 + 8).
    /// The rows each statement returns come back in the order of its `VALUES` lists, so generated
    /// keys are handed to `visit` with the index of their row.
    public func insert(_ insert: RowInsert, _ visit: ((Int, Row) throws -> Void)?) async throws {
        guard insert.columnCount > 0, insert.rows.count > 1 else {
            return try await executeBatch(insert.sql, insert.rows, visit)
        }
        var most = Self.rowsPerInsert
        while most > 1, most * insert.columnCount > 65_535 { most /= 2 }
        try await withConnection(insert.sql) { connection in
            var start = 0
            while start < insert.rows.count {
                var count = most
                while count > insert.rows.count - start { count /= 2 }
                let sql = insert.statement(rows: count)
                tracer(sql)
                let rows = try await statements.rows(
                    sql, Array(insert.rows[start..<(start + count)].joined()), on: connection)
                if let visit {
                    let first = start
                    var index = 0
                    try Self.visit(rows) { row in
                        try visit(first + index, row)
                        index += 1
                    }
                }
                start += count
            }
        }
    }
}
#endif
