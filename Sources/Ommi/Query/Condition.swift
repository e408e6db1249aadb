/// A column of a table, as the query AST refers to it.
public struct ColumnRef: Sendable, Hashable {
    /// The table the column belongs to.
    public var table: String
    /// The column's name.
    public var column: String

    /// `column` of `table`.
    public init(table: String, column: String) {
        self.table = table
        self.column = column
    }
}

/// One side of a comparison: a column or a value (always bound as a parameter).
public enum Operand: Sendable, Hashable {
    case column(ColumnRef)
    case value(DatabaseValue)
}

/// Comparison operators of the AST.
public enum ComparisonOperator: String, Sendable, Hashable {
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// Text matching operators of the AST.
public enum TextMatch: Sendable, Hashable {
    /// Case-sensitive substring.
    case contains
    /// Case-insensitive substring (ASCII letters), as people search in the browser.
    case containsIgnoringCase
    case hasPrefix
    case hasSuffix
    /// A SQL LIKE pattern with `%` and `_`, as written.
    case like
}

/// A query condition: the untyped AST that typed filters and the browser's filter expressions
/// both compile to, and that drivers render with every value bound.
public indirect enum Condition: Sendable, Hashable {
    case compare(Operand, ComparisonOperator, Operand)
    /// `IS NULL`, or `IS NOT NULL` when negated.
    case isNull(Operand, negated: Bool)
    /// `IN (...)`, or `NOT IN (...)` when negated.
    case isIn(Operand, [DatabaseValue], negated: Bool)
    case match(Operand, TextMatch, String)
    case and([Condition])
    case or([Condition])
    case not(Condition)
    /// A constant, for example the empty `IN ()` that matches nothing.
    case constant(Bool)
    /// The `columns` hold the `selected` columns of some row of `table` whose `matching` columns
    /// equal `values`: how the rows of a many-to-many relation are picked, as in
    /// `Tag.id IN (SELECT tag_id FROM PostTag WHERE post_id = 1)`.
    case member(of: AssociationRows, columns: [ColumnRef])
    /// Some row related to the row in scope matches the condition, whose columns are the related
    /// table's (it may reach further with `exists` of its own): `Track` rows whose album is titled
    /// "Nevermind" are `.exists(album, Album.Title = "Nevermind")`. `.constant(true)` asks for any
    /// related row at all.
    case exists(RelatedRows, Condition)
    /// The number of rows related to the row in scope, compared with a number: `count(tags) >= 3`.
    case relatedCount(RelatedRows, ComparisonOperator, Int64)

    /// Every column the condition mentions.
    public var columns: [ColumnRef] {
        switch self {
        case .compare(let lhs, _, let rhs): [lhs, rhs].compactMap(\.columnRef)
        case .isNull(let operand, _), .isIn(let operand, _, _), .match(let operand, _, _):
            operand.columnRef.map { [$0] } ?? []
        case .and(let terms), .or(let terms): terms.flatMap(\.columns)
        case .not(let term): term.columns
        case .constant: []
        case .member(_, let columns): columns
        case .exists(let rows, _), .relatedCount(let rows, _, _): rows.ownerColumnRefs
        }
    }

    /// The tables the condition mentions, in order of first mention.
    public var tables: [String] {
        var seen: [String] = []
        for column in columns where !seen.contains(column.table) { seen.append(column.table) }
        return seen
    }

    /// Both conditions; flattens nested conjunctions.
    public static func && (lhs: Condition, rhs: Condition) -> Condition {
        switch (lhs, rhs) {
        case (.and(let left), .and(let right)): .and(left + right)
        case (.and(let left), _): .and(left + [rhs])
        case (_, .and(let right)): .and([lhs] + right)
        default: .and([lhs, rhs])
        }
    }

    /// Either condition; flattens nested disjunctions.
    public static func || (lhs: Condition, rhs: Condition) -> Condition {
        switch (lhs, rhs) {
        case (.or(let left), .or(let right)): .or(left + right)
        case (.or(let left), _): .or(left + [rhs])
        case (_, .or(let right)): .or([lhs] + right)
        default: .or([lhs, rhs])
        }
    }

    /// The rows the condition does not select (`NOT`).
    public static prefix func ! (term: Condition) -> Condition {
        .not(term)
    }
}

/// Rows of an association table picked by some of their columns (see ``Condition/member(of:columns:)``).
public struct AssociationRows: Sendable, Hashable {
    /// The association table.
    public var table: String
    /// The association columns the condition's columns are compared with.
    public var selected: [String]
    /// The association columns that pick the rows, with ``values``.
    public var matching: [String]
    /// The values of ``matching``, in order.
    public var values: [DatabaseValue]

    /// The rows of `table` whose `matching` columns hold `values`, compared through `selected`.
    public init(table: String, selected: [String], matching: [String], values: [DatabaseValue]) {
        self.table = table
        self.selected = selected
        self.matching = matching
        self.values = values
    }
}

extension Operand {
    var columnRef: ColumnRef? {
        if case .column(let ref) = self { return ref }
        return nil
    }
}
