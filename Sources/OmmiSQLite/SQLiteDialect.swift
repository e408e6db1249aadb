import Ommi

/// SQLite's SQL: the core's defaults, with `INTEGER PRIMARY KEY` for `@Auto` keys so they alias
/// the rowid and the database assigns them.
public struct SQLiteDialect: SQLDialect {
    /// SQLite's dialect.
    public init() {}

    /// ` PRIMARY KEY`: with the `INTEGER` type, the column aliases the rowid.
    public func autoKeyColumnSuffix(_ field: FieldSchema) -> String {
        " PRIMARY KEY"
    }
}
