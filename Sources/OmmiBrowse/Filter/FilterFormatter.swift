import Ommi

/// Writes a condition back as a filter expression, for the breadcrumb and the status line.
///
/// What the parser produces is written so that reading it again gives the same condition:
/// keywords in lower case, `!=` for inequality, column names bare or in brackets, texts in double
/// quotes with backslash escapes, and parentheses only where `or` sits inside `and` or a group
/// sits under `not`. Conditions the parser never produces (`in` lists, other text matches,
/// constants, BLOB values) are written readably but cannot be read back. Conditions on related
/// rows are written as paths (`album.Title = "x"`, `no tracks`, `count(tags) >= 3`); `prefix` is
/// the path to the model the condition is about.
enum FilterFormatter {
    static func text(_ condition: Condition, prefix: String = "") -> String {
        let text = { (term: Condition) in Self.text(term, prefix: prefix) }
        let operand = { (operand: Operand, isRight: Bool) in Self.operand(operand, isRight: isRight, prefix: prefix) }
        switch condition {
        case .compare(let lhs, let comparison, let rhs):
            let spelled = comparison == .notEqual ? "!=" : comparison.rawValue
            return "\(operand(lhs, false)) \(spelled) \(operand(rhs, true))"
        case .isNull(let subject, let negated):
            return "\(operand(subject, false)) is \(negated ? "not " : "")null"
        case .isIn(let subject, let values, let negated):
            return
                "\(operand(subject, false)) \(negated ? "not in" : "in") (\(values.map(value).joined(separator: ", ")))"
        case .match(let subject, let match, let pattern):
            return "\(operand(subject, false)) \(matchOperator(match)) \(FilterText.literal(pattern))"
        case .and(let terms):
            if terms.isEmpty { return "true" }
            return terms.map { term in
                if case .or(let alternatives) = term, alternatives.count > 1 { return "(\(text(term)))" }
                return text(term)
            }.joined(separator: " and ")
        case .or(let terms):
            if terms.isEmpty { return "false" }
            return terms.map(text).joined(separator: " or ")
        case .not(.exists(let rows, .constant(true))):
            return "no " + prefix + FilterText.identifier(rows.relation)
        case .not(let term):
            switch term {
            case .and(let terms) where terms.count > 1: return "not (\(text(term)))"
            case .or(let terms) where terms.count > 1: return "not (\(text(term)))"
            default: return "not \(text(term))"
            }
        case .constant(let value):
            return value ? "true" : "false"
        case .member(let rows, let columns):
            return "(\(columns.map { operand(.column($0), false) }.joined(separator: ", "))) in \(rows.table)"
        case .exists(let rows, .constant(true)):
            return "exists " + prefix + FilterText.identifier(rows.relation)
        case .exists(let rows, let term):
            return Self.text(term, prefix: prefix + FilterText.identifier(rows.relation) + ".")
        case .relatedCount(let rows, let comparison, let count):
            let spelled = comparison == .notEqual ? "!=" : comparison.rawValue
            return "count(\(prefix)\(FilterText.identifier(rows.relation))) \(spelled) \(count)"
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
    /// bare word there would read as text, and is of the same model as the one on the left; a
    /// column of a related model follows its path, bracketed after the dot when it needs it.
    private static func operand(_ operand: Operand, isRight: Bool, prefix: String) -> String {
        switch operand {
        case .column(let reference) where isRight: FilterText.bracketed(reference.column)
        case .column(let reference): prefix + FilterText.identifier(reference.column)
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
