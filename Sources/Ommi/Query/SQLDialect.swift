/// What differs between the SQL of one database and another. The defaults are standard SQL as
/// SQLite speaks it; a driver overrides what its database spells otherwise.
public protocol SQLDialect: Sendable {
    /// An identifier quoted so that any name (spaces, quotes, keywords) is safe.
    func quote(_ identifier: String) -> String
    /// A table name quoted, with its schema when it is qualified (see ``TableName``).
    func quoteTable(_ name: String) -> String
    /// The placeholder of the `index`-th bound value, counted from 1.
    func placeholder(_ index: Int) -> String
    /// The column type of a model field in `CREATE TABLE`.
    func columnDefinitionType(_ field: FieldSchema) -> String
    /// Whether an `@Auto` key is written as part of its column definition (`INTEGER PRIMARY KEY`).
    func autoKeyColumnSuffix(_ field: FieldSchema) -> String
    /// A statement to run after rows were inserted with keys of their own into an `@Auto` key
    /// column, so keys the database assigns later do not collide with them (nil when it needs none).
    func statementAfterExplicitAutoKeys(table: String, column: String) -> String?
    /// Whether `ORDER BY` must say where NULLs go (the core orders NULL before any value).
    var needsExplicitNullOrdering: Bool { get }
    /// Writes a text match of `column` (already rendered) against `pattern`.
    func renderMatch(_ match: TextMatch, column: String, pattern: String, into builder: SQLBuilder)
    /// How the text or BLOB values of `column` (already rendered) are read as their stored bytes,
    /// so an export copies them exactly and a window at a time; nil for a column whose values are
    /// never text or bytes worth reading so.
    func storedBytes(of column: String, field: FieldSchema) -> StoredBytesExpression?
    /// The first `characters` characters of the texts of `column` (already rendered), other
    /// values as they are; nil for a field whose values are never cut so
    /// (see ``SelectQuery/textPrefix``).
    func textPrefix(of column: String, field: FieldSchema, characters: Int) -> String?
}

extension SQLDialect {
    /// Double quotes, with quotes inside doubled.
    public func quote(_ identifier: String) -> String {
        // Pure Swift: Foundation's replacingOccurrences bridges every identifier through
        // NSString, and quoting runs for each column of every statement compiled.
        guard identifier.utf8.contains(UInt8(ascii: "\"")) else { return "\"" + identifier + "\"" }
        var quoted = "\""
        for scalar in identifier.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append(scalar) }
            quoted.unicodeScalars.append(scalar)
        }
        quoted.unicodeScalars.append("\"")
        return quoted
    }

    /// The table quoted, after its quoted schema and a dot when it is qualified.
    public func quoteTable(_ name: String) -> String {
        let parts = TableName.parts(of: name)
        guard let schema = parts.schema else { return quote(parts.table) }
        return quote(schema) + "." + quote(parts.table)
    }

    /// `?`, whatever the index.
    public func placeholder(_ index: Int) -> String { "?" }

    /// None: the database assigns keys past the largest one on its own.
    public func statementAfterExplicitAutoKeys(table: String, column: String) -> String? { nil }

    /// The name of the field's ``ColumnType`` (none for `.any`).
    public func columnDefinitionType(_ field: FieldSchema) -> String {
        field.type == .any ? "" : field.type.rawValue
    }

    /// ` PRIMARY KEY`.
    public func autoKeyColumnSuffix(_ field: FieldSchema) -> String { " PRIMARY KEY" }

    /// No: NULL sorts first ascending, as the core orders it.
    public var needsExplicitNullOrdering: Bool { false }

    /// Any column may hold text or a BLOB whatever its declared type; `typeof` says which, and a
    /// cast to BLOB gives a text's bytes exactly as stored, valid UTF-8 or not. A BLOB's length
    /// is read from the row's header, without loading the BLOB.
    public func storedBytes(of column: String, field: FieldSchema) -> StoredBytesExpression? {
        StoredBytesExpression(
            kind: "CASE typeof(\(column)) WHEN 'text' THEN 'text' WHEN 'blob' THEN 'blob' END",
            bytes: "CAST(\(column) AS BLOB)",
            count: "CASE typeof(\(column)) WHEN 'blob' THEN length(\(column)) ELSE length(CAST(\(column) AS BLOB)) END")
    }

    /// `substr` of a value that is text, whatever the column's declared type: a BLOB or a number
    /// keeps its own value.
    public func textPrefix(of column: String, field: FieldSchema, characters: Int) -> String? {
        "CASE WHEN typeof(\(column)) = 'text' THEN substr(\(column), 1, \(characters)) ELSE \(column) END"
    }

    /// `instr` for contains, `GLOB` with both cases of every letter for contains ignoring case
    /// (Unicode's, where `LIKE` folds ASCII only), `substr` for prefixes and suffixes, `LIKE` as
    /// given.
    public func renderMatch(_ match: TextMatch, column: String, pattern: String, into builder: SQLBuilder) {
        switch match {
        case .contains:
            builder.append("instr(\(column), ")
            builder.bind(.text(pattern))
            builder.append(") > 0")
        case .containsIgnoringCase:
            // GLOB with the cases of every letter: LIKE ignores the case of ASCII letters only.
            // Neither uses an index for a text anywhere in the value.
            builder.append("\(column) GLOB ")
            builder.bind(.text("*" + CaseVariants.pattern(pattern, literal: Self.globLiteral) + "*"))
        case .hasPrefix:
            builder.append("substr(\(column), 1, length(")
            builder.bind(.text(pattern))
            builder.append(")) = ")
            builder.bind(.text(pattern))
        case .hasSuffix:
            builder.append("substr(\(column), -length(")
            builder.bind(.text(pattern))
            builder.append(")) = ")
            builder.bind(.text(pattern))
        case .like:
            builder.append("\(column) LIKE ")
            builder.bind(.text(pattern))
        }
    }
}

extension SQLDialect {
    /// A scalar as a GLOB pattern matches it: the wildcards `*`, `?` and `[` in brackets.
    static func globLiteral(_ scalar: Unicode.Scalar) -> String {
        scalar == "*" || scalar == "?" || scalar == "[" ? "[\(scalar)]" : String(scalar)
    }
}
