/// Renders a ``Condition`` into SQL, joining other models through `EXISTS` subqueries.
///
/// A term about another model becomes `EXISTS (SELECT 1 FROM other WHERE <join> AND <term>)`, so
/// conditions across models never multiply the rows of the result, and the whole statement stays
/// a statement on one table (which `UPDATE` and `DELETE` need).
///
/// Terms that reach the same related row share one `EXISTS`: within one conjunction (an AND,
/// nested ANDs flattened), every term whose other models are all reached through the same first
/// table (the association model of a many-to-many path, or the directly related model) goes into
/// a single subquery over that table, joined to the models reached through it. So on books,
/// `Genre.code == "sf" && BookGenre.primary == true` selects the books that have ONE link row
/// both to an "sf" genre and primary, not a book with an "sf" link and another, primary, link.
/// Terms of a disjunction keep a subquery each, which selects the same rows either way.
struct ConditionRenderer {
    let builder: SQLBuilder
    let catalog: SchemaCatalog
    /// The root table and its name in SQL.
    let root: ModelSchema
    let rootName: String

    /// Renders `condition` on the root; `joined` names tables the statement already joins (by
    /// their aliases), whose columns are then read from the joined row rather than through `EXISTS`.
    func render(_ condition: Condition, joined: [String: String] = [:]) throws {
        try render(condition, aliases: joined.merging([root.tableName: rootName]) { _, root in root })
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
        switch condition {
        case .not(let term):
            builder.append("NOT (")
            try render(term, aliases: aliases)
            builder.append(")")
        case .and(let terms):
            try renderConjunction(terms, aliases: aliases)
        default:
            if let route = try route(of: condition, aliases: aliases) {
                try renderExists(route, [condition], aliases: aliases)
            } else if case .or(let terms) = condition {
                try renderJunction(condition, terms, aliases: aliases)
            } else {
                let foreign = condition.tables.filter { aliases[$0] == nil }
                throw OmmiError(
                    .invalidQuery, "one comparison cannot mention two other models (\(foreign.joined(separator: ", ")))"
                )
            }
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
        case .exists(let rows, _), .relatedCount(let rows, _, _): aliases[rows.ownerTable] != nil
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

    /// An AND whose terms reaching the same first related table are rendered in one `EXISTS`, in
    /// the place of the first of them; local terms and terms that reach several routes stay apart.
    private func renderConjunction(_ terms: [Condition], aliases: [String: String]) throws {
        var parts: [(route: Route?, terms: [Condition])] = []
        for term in Self.flattened(terms) {
            let route = Self.isLocal(term, aliases) ? nil : try route(of: term, aliases: aliases)
            if let route, let index = parts.firstIndex(where: { $0.route?.key == route.key }) {
                parts[index].route?.add(route)
                parts[index].terms.append(term)
            } else {
                parts.append((route, [term]))
            }
        }
        builder.append("(")
        try builder.list(parts, separator: " AND ") { part in
            builder.append("(")
            if let route = part.route {
                try renderExists(route, part.terms, aliases: aliases)
            } else {
                try render(part.terms[0], aliases: aliases)
            }
            builder.append(")")
        }
        builder.append(")")
    }

    private static func flattened(_ terms: [Condition]) -> [Condition] {
        terms.flatMap { term in
            if case .and(let inner) = term { return flattened(inner) }
            return [term]
        }
    }

    /// How the root reaches every table of `condition` not in scope, when they all go through
    /// one first table; nil when they need several.
    private func route(of condition: Condition, aliases: [String: String]) throws -> Route? {
        var route: Route?
        for table in condition.tables where aliases[table] == nil {
            let path = try JoinPath.find(from: root, to: try catalog.schema(table: table), in: catalog)
            let next = Route(table: table, path: path)
            guard let current = route else {
                route = next
                continue
            }
            guard current.key == next.key else { return nil }
            route?.add(next)
        }
        return route
    }

    /// One `EXISTS` over the route's first table, joined to the tables reached through it, with
    /// every term inside.
    private func renderExists(_ route: Route, _ terms: [Condition], aliases: [String: String]) throws {
        let dialect = builder.dialect
        var inner = aliases
        let firstAlias = builder.newAlias()
        inner[route.key.table] = firstAlias
        builder.append("EXISTS (SELECT 1 FROM \(dialect.quoteTable(route.key.table)) AS \(firstAlias)")
        for (table, path) in route.throughTargets {
            guard let hop = path.through else { continue }
            let alias = builder.newAlias()
            inner[table] = alias
            builder.append(" JOIN \(dialect.quoteTable(table)) AS \(alias) ON ")
            equalities(alias, path.targetColumns, firstAlias, hop.targetSide)
        }
        builder.append(" WHERE ")
        equalities(firstAlias, route.key.columns, rootName, route.rootColumns)
        for term in terms {
            builder.append(" AND (")
            try render(term, aliases: inner)
            builder.append(")")
        }
        builder.append(")")
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
            builder.dialect.renderMatch(
                match, column: try column(ref, aliases: aliases), pattern: pattern, into: builder)
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
        case .exists(let rows, let term):
            builder.append("EXISTS (")
            let inner = try renderRelated(rows, aliases: aliases) { _ in "1" }
            builder.append(" AND (")
            try render(term, aliases: inner)
            builder.append("))")
        case .relatedCount(let rows, let op, let count):
            builder.append("(")
            _ = try renderRelated(rows, aliases: aliases) { _ in "COUNT(*)" }
            builder.append(") \(op.rawValue) ")
            builder.bind(.integer(count))
        }
    }

    /// `SELECT <selection> FROM` the related table (joined to the association model of a
    /// many-to-many relation) `WHERE` its rows are those of the row in scope; returns the scope
    /// inside, where the related table's columns are the subquery's row. `selection` is given
    /// the related table's alias.
    func renderRelated(
        _ rows: RelatedRows, aliases: [String: String], selecting selection: (_ related: String) -> String
    ) throws -> [String: String] {
        guard let owner = aliases[rows.ownerTable] else {
            throw OmmiError(.invalidQuery, "the relation \(rows.relation) of \(rows.ownerTable) is not reachable here")
        }
        let dialect = builder.dialect
        let target = builder.newAlias()
        builder.append("SELECT \(selection(target)) FROM ")
        if let through = rows.through {
            let link = builder.newAlias()
            builder.append(
                "\(dialect.quoteTable(through.table)) AS \(link) JOIN \(dialect.quoteTable(rows.table)) AS \(target) ON "
            )
            equalities(target, rows.columns, link, through.targetSide)
            builder.append(" WHERE ")
            equalities(link, through.ownerSide, owner, rows.ownerColumns)
        } else {
            builder.append("\(dialect.quoteTable(rows.table)) AS \(target) WHERE ")
            equalities(target, rows.columns, owner, rows.ownerColumns)
        }
        var inner = aliases
        inner[rows.table] = target
        return inner
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

/// The way from the root to the tables of some terms: the first table joined to the root, and the
/// tables reached through it when it is an association model.
private struct Route {
    /// The first table and its columns that equal the root's ``rootColumns``: terms with equal
    /// keys constrain the same row of it.
    struct Key: Equatable {
        var table: String
        var columns: [String]
    }

    var key: Key
    var rootColumns: [String]
    /// Tables reached through the association, with their paths, in order of first mention.
    var throughTargets: [(String, JoinPath)] = []

    init(table: String, path: JoinPath) {
        if let hop = path.through {
            key = Key(table: hop.schema.tableName, columns: hop.rootSide)
            throughTargets = [(table, path)]
        } else {
            key = Key(table: table, columns: path.targetColumns)
        }
        rootColumns = path.rootColumns
    }

    /// Adds the tables another route with the same key reaches.
    mutating func add(_ other: Route) {
        for target in other.throughTargets where !throughTargets.contains(where: { $0.0 == target.0 }) {
            throughTargets.append(target)
        }
    }
}
