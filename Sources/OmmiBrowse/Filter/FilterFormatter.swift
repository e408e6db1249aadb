import Ommi

/// Writes a condition back as a filter expression, for the breadcrumb and the status line.
///
/// What the parser produces is written so that reading it again gives the same condition:
/// keywords in lower case, `!=` for inequality, column names bare or in brackets, texts in double
/// quotes with backslash escapes, and parentheses only where `or` sits inside `and` or a group
/// sits under `not`. Conditions the parser never produces (`in` lists, other text matches,
/// constants, BLOB values) are written readably but cannot be read back.
enum FilterFormatter {
    static func text(_ condition: Condition) -> String {
        switch condition {
        case .compare(let lhs, let comparison, let rhs):
            let spelled = comparison == .notEqual ? "!=" : comparison.rawValue
            return "\(operand(lhs)) \(spelled) \(operand(rhs, isRight: true))"
        case .isNull(let subject, let negated):
            return "\(operand(subject)) is \(negated ? "not " : "")null"
        case .isIn(let subject, let values, let negated):
            return "\(operand(subject)) \(negated ? "not in" : "in") (\(values.map(value).joined(separator: ", ")))"
        case .match(let subject, let match, let pattern):
            return "\(operand(subject)) \(matchOperator(match)) \(FilterText.literal(pattern))"
        case .and(let terms):
            if terms.isEmpty { return "true" }
            return terms.map { term in
                if case .or(let alternatives) = term, alternatives.count > 1 { return "(\(text(term)))" }
                return text(term)
            }.joined(separator: " and ")
        case .or(let terms):
            if terms.isEmpty { return "false" }
            return terms.map(text).joined(separator: " or ")
        case .not(let term):
            switch term {
            case .and(let terms) where terms.count > 1: return "not (\(text(term)))"
            case .or(let terms) where terms.count > 1: return "not (\(text(term)))"
            default: return "not \(text(term))"
            }
        case .constant(let value):
            return value ? "true" : "false"
        case .member(let rows, let columns):
            return "(\(columns.map { operand(.column($0)) }.joined(separator: ", "))) in \(rows.table)"
        }
    }

    private static func matchOperator(_ match: TextMatch) -> String {
        switch match {
        case .containsIgnoringCase: "~"
        case .contains: "contains"
        case .hasPrefix: "starts with"
        case .hasSuffix: "ends with"
        case .like: "like"
        }
    }

    /// A column or a value. A column on the right of a comparison is always bracketed, since a
    /// bare word there would read as text.
    private static func operand(_ operand: Operand, isRight: Bool = false) -> String {
        switch operand {
        case .column(let reference) where isRight: FilterText.bracketed(reference.column)
        case .column(let reference): FilterText.identifier(reference.column)
        case .value(let databaseValue): value(databaseValue)
        }
    }

    private static func value(_ value: DatabaseValue) -> String {
        switch value {
        case .null: "null"
        case .integer(let integer): String(integer)
        case .real(let real): String(real)
        case .text(let text): FilterText.literal(text)
        case .blob: value.description
        }
    }
}
