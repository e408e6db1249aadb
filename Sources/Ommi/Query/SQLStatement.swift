/// SQL text with its bound values, as a driver executes it.
public struct SQLStatement: Sendable, Hashable {
    /// The text, with placeholders in the dialect's form.
    public var sql: String
    /// The values bound to the placeholders, in order.
    public var arguments: [DatabaseValue]

    /// `sql` with `arguments` bound to its placeholders.
    public init(_ sql: String, _ arguments: [DatabaseValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }
}

/// Builds SQL text left to right, binding every value as a parameter in order.
public final class SQLBuilder {
    /// The dialect identifiers and placeholders are written in.
    public let dialect: any SQLDialect
    /// The text so far.
    public private(set) var sql = ""
    /// The values bound so far, in order.
    public private(set) var arguments: [DatabaseValue] = []
    private var aliasCount = 0

    /// An empty statement in `dialect`.
    public init(dialect: any SQLDialect) {
        self.dialect = dialect
    }

    /// Appends SQL text as it is.
    public func append(_ text: String) {
        sql += text
    }

    /// Appends a quoted identifier.
    public func identifier(_ name: String) {
        sql += dialect.quote(name)
    }

    /// Appends a placeholder and binds the value to it.
    public func bind(_ value: DatabaseValue) {
        arguments.append(value)
        sql += dialect.placeholder(arguments.count)
    }

    /// Appends the items separated by `separator`, each written by `body`.
    public func list<Item>(_ items: [Item], separator: String = ", ", _ body: (Item) throws -> Void) rethrows {
        for (index, item) in items.enumerated() {
            if index > 0 { sql += separator }
            try body(item)
        }
    }

    /// A table alias not used before in this statement.
    func newAlias() -> String {
        aliasCount += 1
        return "j\(aliasCount)"
    }

    /// The text and values built.
    public var statement: SQLStatement { SQLStatement(sql, arguments) }
}
