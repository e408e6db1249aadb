import Synchronization

/// SQL text with its bound values, as a driver executes it.
public struct SQLStatement: Sendable, Hashable {
    /// The text, with placeholders in the dialect's form.
    public var sql: String {
        didSet { textID = nil }
    }
    /// The values bound to the placeholders, in order.
    public var arguments: [DatabaseValue]
    /// The number the core's statement cache gave ``sql``, when the text came from it: a driver
    /// finds what it prepared for the text by this number instead of hashing the text. Changing
    /// the text drops it.
    package private(set) var textID: StatementTextID?

    /// `sql` with `arguments` bound to its placeholders.
    public init(_ sql: String, _ arguments: [DatabaseValue] = []) {
        self.sql = sql
        self.arguments = arguments
    }

    /// `sql`, named by `textID`, with `arguments` bound to its placeholders.
    init(_ sql: String, _ arguments: [DatabaseValue], textID: StatementTextID) {
        self.sql = sql
        self.arguments = arguments
        self.textID = textID
    }

    /// Statements are equal when their texts and values are, however the text was found.
    public static func == (lhs: SQLStatement, rhs: SQLStatement) -> Bool {
        lhs.sql == rhs.sql && lhs.arguments == rhs.arguments
    }

    /// Hashes the text and the values, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(sql)
        hasher.combine(arguments)
    }
}

/// A number that names one SQL text for the life of the process: two statements with the same
/// number have the same text, so a driver may key what it prepared by the number alone.
package struct StatementTextID: Hashable, Sendable {
    /// The number, unique in the process.
    package let value: Int

    private static let last = Atomic<Int>(0)

    /// A number no text had before.
    static func next() -> StatementTextID {
        StatementTextID(value: last.add(1, ordering: .relaxed).newValue)
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
