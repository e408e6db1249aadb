/// Rows to insert into one table, every row into the same columns: what `add(contentsOf:)` hands
/// a driver (see ``Driver/insert(_:_:)``).
///
/// ``sql`` inserts one row and runs once per row wherever a driver prepares it once and reuses it
/// (SQLite); ``statement(rows:)`` inserts several rows in one statement, for a server where every
/// statement is a round trip (PostgreSQL).
public struct RowInsert: Sendable {
    /// The `INSERT` of one row.
    public let sql: String
    /// The values of each row, in the order of the columns.
    public let rows: [[DatabaseValue]]
    /// How many columns each row fills; none for a row of defaults only.
    public let columnCount: Int
    private let head: String
    private let returning: String
    private let dialect: any SQLDialect

    init(
        into schema: ModelSchema, columns: [String], returning: [String], rows: [[DatabaseValue]],
        compiler: SQLCompiler
    ) {
        let dialect = compiler.dialect
        self.sql = compiler.insert(into: schema, columns: columns, returning: returning)
        self.rows = rows
        self.columnCount = columns.count
        self.head =
            "INSERT INTO \(dialect.quoteTable(schema.tableName)) (\(columns.map(dialect.quote).joined(separator: ", "))) VALUES "
        self.returning = returning.isEmpty ? "" : " RETURNING " + returning.map(dialect.quote).joined(separator: ", ")
        self.dialect = dialect
    }

    /// The `INSERT` of `count` rows: one `VALUES` list a row, the parameters numbered row after
    /// row, and the rows it returns in the order of the lists. Only for rows that fill columns.
    public func statement(rows count: Int) -> String {
        var sql = head
        var parameter = 0
        for row in 0..<count {
            sql += row == 0 ? "(" : ", ("
            for column in 0..<columnCount {
                parameter += 1
                if column > 0 { sql += ", " }
                sql += dialect.placeholder(parameter)
            }
            sql += ")"
        }
        return sql + returning
    }
}
