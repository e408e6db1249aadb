/// Renders a ``Condition`` into SQL, joining other models through `EXISTS` subqueries.
///
/// A term about another model becomes `EXISTS (SELECT 1 FROM other WHERE <join> AND <term>)`, so
/// conditions across models never multiply the rows of the result, and the whole statement stays
/// a statement on one table (which `UPDATE` and `DELETE` need).
struct ConditionRenderer {
    let builder: SQLBuilder
    let catalog: SchemaCatalog
    /// The root table and its name in SQL.
    let root: ModelSchema
    let rootName: String

    func render(_ condition: Condition) throws {
        try render(condition, aliases: [root.tableName: rootName])
    }

    func column(_ ref: ColumnRef, aliases: [String: String]) throws -> String {
        guard let alias = aliases[ref.table] else {
            throw OmmiError(.invalidQuery, "the column \(ref.table).\(ref.column) is not reachable here")
        }
        return alias + "." + builder.dialect.quote(ref.column)
    }

    private func render(_ condition: Condition, aliases: [String: String]) throws {
        if Self.isLocal(condition, aliases) {
            try renderLocal(condition, aliases: aliases)
            return
        }
        let foreign = condition.tables.filter { aliases[$0] == nil }
        switch condition {
        case .not(let term):
            builder.append("NOT (")
            try render(term, aliases: aliases)
            builder.append(")")
        case .and(let terms) where foreign.count > 1, .or(let terms) where foreign.count > 1:
            try renderJunction(condition, terms, aliases: aliases)
        default:
            guard foreign.count == 1 else {
                throw OmmiError(
                    .invalidQuery, "one comparison cannot mention two other models (\(foreign.joined(separator: ", ")))")
            }
            try renderExists(foreign[0], condition, aliases: aliases)
        }
    }

    /// Whether every column the condition mentions is of a table already in scope. Checked
    /// without building the lists of ``Condition/tables``, because nearly every condition is about
    /// its root alone and this runs for every statement compiled.
    private static func isLocal(_ condition: Condition, _ aliases: [String: String]) -> Bool {
        switch condition {
        case .compare(let lhs, _, let rhs): isLocal(lhs, aliases) && isLocal(rhs, aliases)
        case .isNull(let operand, _), .isIn(let operand, _, _), .match(let operand, _, _): isLocal(operand, aliases)
        case .and(let terms), .or(let terms): terms.allSatisfy { isLocal($0, aliases) }
        case .not(let term): isLocal(term, aliases)
        case .constant: true
        case .member(_, let columns): columns.allSatisfy { aliases[$0.table] != nil }
        }
    }

    private static func isLocal(_ operand: Operand, _ aliases: [String: String]) -> Bool {
        guard case .column(let ref) = operand else { return true }
        return aliases[ref.table] != nil
    }

    private func renderJunction(_ condition: Condition, _ terms: [Condition], aliases: [String: String]) throws {
        let separator = if case .and = condition { " AND " } else { " OR " }
        builder.append("(")
        try builder.list(terms, separator: separator) { term in
            builder.append("(")
            try render(term, aliases: aliases)
            builder.append(")")
        }
        builder.append(")")
    }

    private func renderExists(_ table: String, _ condition: Condition, aliases: [String: String]) throws {
        let path = try JoinPath.find(from: root, to: try catalog.schema(table: table), in: catalog)
        let dialect = builder.dialect
        var inner = aliases
        builder.append("EXISTS (SELECT 1 FROM ")
        let targetAlias = builder.newAlias()
        if let hop = path.through {
            let throughAlias = builder.newAlias()
            builder.append("\(dialect.quoteTable(hop.schema.tableName)) AS \(throughAlias) JOIN ")
            builder.append("\(dialect.quoteTable(table)) AS \(targetAlias) ON ")
            equalities(targetAlias, path.targetColumns, throughAlias, hop.targetSide)
            builder.append(" WHERE ")
            equalities(throughAlias, hop.rootSide, rootName, path.rootColumns)
        } else {
            builder.append("\(dialect.quoteTable(table)) AS \(targetAlias) WHERE ")
            equalities(targetAlias, path.targetColumns, rootName, path.rootColumns)
        }
        inner[table] = targetAlias
        builder.append(" AND (")
        try render(condition, aliases: inner)
        builder.append("))")
    }

    private func equalities(_ leftAlias: String, _ left: [String], _ rightAlias: String, _ right: [String]) {
        let dialect = builder.dialect
        builder.list(Array(zip(left, right)), separator: " AND ") { pair in
            builder.append("\(leftAlias).\(dialect.quote(pair.0)) = \(rightAlias).\(dialect.quote(pair.1))")
        }
    }

    private func operand(_ operand: Operand, aliases: [String: String]) throws {
        switch operand {
        case .column(let ref): builder.append(try column(ref, aliases: aliases))
        case .value(let value): builder.bind(value)
        }
    }

    private func renderLocal(_ condition: Condition, aliases: [String: String]) throws {
        switch condition {
        case .compare(let lhs, let op, .value(.null)) where op == .equal || op == .notEqual:
            try renderLocal(.isNull(lhs, negated: op == .notEqual), aliases: aliases)
        case .compare(let lhs, let op, let rhs):
            try operand(lhs, aliases: aliases)
            builder.append(" \(op.rawValue) ")
            try operand(rhs, aliases: aliases)
        case .isNull(let subject, let negated):
            try operand(subject, aliases: aliases)
            builder.append(negated ? " IS NOT NULL" : " IS NULL")
        case .isIn(_, let values, let negated) where values.isEmpty:
            builder.append(negated ? "1 = 1" : "1 = 0")
        case .isIn(let subject, let values, let negated):
            try operand(subject, aliases: aliases)
            builder.append(negated ? " NOT IN (" : " IN (")
            builder.list(values) { builder.bind($0) }
            builder.append(")")
        case .match(_, let match, let pattern) where pattern.isEmpty && match != .like:
            builder.append("1 = 1")
        case .match(.column(let ref), let match, let pattern):
            builder.dialect.renderMatch(match, column: try column(ref, aliases: aliases), pattern: pattern, into: builder)
        case .match(.value(let value), let match, let pattern):
            builder.append(Self.constantMatch(value, match, pattern) ? "1 = 1" : "1 = 0")
        case .and(let terms) where terms.isEmpty:
            builder.append("1 = 1")
        case .or(let terms) where terms.isEmpty:
            builder.append("1 = 0")
        case .and(let terms), .or(let terms):
            try renderJunction(condition, terms, aliases: aliases)
        case .not(let term):
            builder.append("NOT (")
            try renderLocal(term, aliases: aliases)
            builder.append(")")
        case .constant(let value):
            builder.append(value ? "1 = 1" : "1 = 0")
        case .member(let rows, let columns):
            try renderMember(rows, columns, aliases: aliases)
        }
    }

    private func renderMember(_ rows: AssociationRows, _ columns: [ColumnRef], aliases: [String: String]) throws {
        let dialect = builder.dialect
        let subject = try columns.map { try column($0, aliases: aliases) }.joined(separator: ", ")
        let alias = builder.newAlias()
        builder.append(columns.count == 1 ? subject : "(\(subject))")
        builder.append(" IN (SELECT ")
        builder.append(rows.selected.map { "\(alias).\(dialect.quote($0))" }.joined(separator: ", "))
        builder.append(" FROM \(dialect.quoteTable(rows.table)) AS \(alias) WHERE ")
        builder.list(Array(zip(rows.matching, rows.values)), separator: " AND ") { pair in
            builder.append("\(alias).\(dialect.quote(pair.0)) = ")
            builder.bind(pair.1)
        }
        if rows.matching.isEmpty { builder.append("1 = 1") }
        // Without NULLs in the subquery, NOT IN is the exact opposite of IN.
        for column in rows.selected { builder.append(" AND \(alias).\(dialect.quote(column)) IS NOT NULL") }
        builder.append(")")
    }

    private static func constantMatch(_ value: DatabaseValue, _ match: TextMatch, _ pattern: String) -> Bool {
        guard case .text(let text) = value else { return false }
        switch match {
        case .contains: return text.contains(pattern)
        case .containsIgnoringCase: return text.lowercased().contains(pattern.lowercased())
        case .hasPrefix: return text.hasPrefix(pattern)
        case .hasSuffix: return text.hasSuffix(pattern)
        case .like: return text == pattern
        }
    }
}
