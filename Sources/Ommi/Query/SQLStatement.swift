/// SQL text with its bound values, as a driver executes it.
public struct SQLStatement: Sendable, Hashable {
    public var sql: String
    public var arguments: [DatabaseValue]

    public init(_ sql: String, _ arguments: [DatabaseValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }
}

/// Builds SQL text left to right, binding every value as a parameter in order.
public final class SQLBuilder {
    public let dialect: any SQLDialect
    public private(set) var sql = ""
    public private(set) var arguments: [DatabaseValue] = []
    private var aliasCount = 0

    public init(dialect: any SQLDialect) {
        self.dialect = dialect
    }

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

    public var statement: SQLStatement { SQLStatement(sql, arguments) }
}
