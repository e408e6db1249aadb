/// Names of tables that live in a named schema of the database (PostgreSQL's `sales.orders`).
///
/// A qualified table is one string everywhere the core keeps table names (models, references,
/// relations), with the schema and the table joined by NUL, which no database identifier can
/// contain; only quoting (``SQLDialect/quoteTable(_:)``) and display take it apart.
public enum TableName {
    static let separator: Character = "\u{0}"

    /// The name of `table` in `schema`; the table alone when `schema` is nil.
    public static func qualified(schema: String?, table: String) -> String {
        guard let schema else { return table }
        return schema + String(separator) + table
    }

    /// The schema (nil when unqualified) and the table of a name.
    public static func parts(of name: String) -> (schema: String?, table: String) {
        guard let index = name.firstIndex(of: separator) else { return (nil, name) }
        return (String(name[..<index]), String(name[name.index(after: index)...]))
    }

    /// The name as people write it: `schema.table`, or the table alone.
    public static func display(_ name: String) -> String {
        let parts = parts(of: name)
        return parts.schema.map { "\($0).\(parts.table)" } ?? parts.table
    }
}
