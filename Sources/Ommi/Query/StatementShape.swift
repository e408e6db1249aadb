import Synchronization

/// What the SQL text of a common statement depends on, with the bound values left out: a select,
/// update or delete of one table whose condition is absent, one comparison of a root column with
/// a non-NULL value, or an AND of such comparisons. Two queries of one shape compile to the same
/// text, so the text is compiled once per shape and only the values are gathered per call.
struct StatementShape: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        case select
        case delete
        case update(columns: [String])
    }

    /// What the statement reads or writes.
    enum Source: Hashable, Sendable {
        /// A typed model's table: the type fixes the table, its columns and its keys, so the
        /// shape holds none of them and costs nothing to build.
        case model(ObjectIdentifier)
        /// A schema given as a value (a dynamic model): its table, its selected columns, which
        /// fields are keys (a bit per field) and whether rows are addressed by rowid.
        case schema(table: String, columns: [String], keyFields: Int, usesRowID: Bool)
    }

    /// One comparison of a root column with a bound value.
    struct Term: Hashable, Sendable {
        var column: ColumnRef
        var comparison: ComparisonOperator
    }

    /// The comparisons of the condition, kept without an array in the common case of one.
    enum Terms: Hashable, Sendable {
        case none
        case single(Term)
        /// An AND of comparisons, rendered in parentheses.
        case junction([Term])
    }

    var kind: Kind
    var source: Source
    var terms: Terms
    /// The explicit order; the key columns that complete it follow from the source.
    var order: [SortKey]
    var hasLimit: Bool
    var hasOffset: Bool

    /// Only a few cheap parts are hashed; equality still compares every part, so queries that
    /// share a hash but differ elsewhere never share a text.
    func hash(into hasher: inout Hasher) {
        switch source {
        case .model(let type): hasher.combine(type)
        case .schema(let table, _, _, _): hasher.combine(table)
        }
        switch terms {
        case .none: hasher.combine(0)
        case .single(let term): hasher.combine(term.comparison)
        case .junction(let terms): hasher.combine(terms.count + 1)
        }
        hasher.combine(hasLimit)
    }

    /// The shape of a query and the values it binds, in the order the compiler binds them; nil
    /// for queries outside the common shapes, which are always compiled in full.
    static func of(_ query: SelectQuery, kind: Kind, assignments: [ColumnAssignment] = [])
        -> (StatementShape, [DatabaseValue])?
    {
        guard query.after == nil, !query.blobLengths, query.textPrefix == nil else { return nil }
        let fields = query.schema.fields
        guard fields.count < Int.bitWidth else { return nil }
        var keyFields = 0
        for (index, field) in fields.enumerated() where field.isKey { keyFields |= 1 << index }
        let source = Source.schema(
            table: query.schema.tableName, columns: query.schema.selectedColumns, keyFields: keyFields,
            usesRowID: query.schema.usesRowID)
        var conditions: [Condition] = []
        var junction = false
        switch query.condition {
        case nil: break
        case .and(let terms)?:
            conditions = terms
            junction = true
        case let condition?: conditions = [condition]
        }
        return of(
            source, root: query.schema.tableName, kind: kind, assignments: assignments, conditions: conditions,
            junction: junction, order: query.order, limit: query.limit, offset: query.offset)
    }

    /// The shape of a query of the model `source` names, whose condition is the AND of
    /// `conditions` (a junction when `junction`, otherwise none or one comparison), and its values.
    static func of(
        _ source: Source, root: String, kind: Kind, assignments: [ColumnAssignment], conditions: [Condition],
        junction: Bool, order: [SortKey], limit: Int?, offset: Int?
    ) -> (StatementShape, [DatabaseValue])? {
        let isWrite = kind != .select
        if isWrite && (limit != nil || offset != nil) { return nil }
        var values: [DatabaseValue] = []
        values.reserveCapacity(assignments.count + conditions.count + 2)
        for assignment in assignments { values.append(assignment.value) }
        let terms: Terms
        if junction {
            guard !conditions.isEmpty else { return nil }
            var list: [Term] = []
            list.reserveCapacity(conditions.count)
            for condition in conditions {
                guard let (term, value) = comparison(condition, root: root) else { return nil }
                list.append(term)
                values.append(value)
            }
            terms = .junction(list)
        } else if let condition = conditions.first {
            guard conditions.count == 1, let (term, value) = comparison(condition, root: root) else { return nil }
            terms = .single(term)
            values.append(value)
        } else {
            terms = .none
        }
        if !isWrite {
            if let limit { values.append(.integer(Int64(max(0, limit)))) }
            if let offset { values.append(.integer(Int64(max(0, offset)))) }
        }
        let shape = StatementShape(
            kind: kind, source: source, terms: terms, order: order, hasLimit: limit != nil, hasOffset: offset != nil)
        return (shape, values)
    }

    private static func comparison(_ condition: Condition, root: String) -> (Term, DatabaseValue)? {
        guard case .compare(.column(let column), let comparison, .value(let value)) = condition,
            column.table == root, !value.isNull
        else { return nil }
        return (Term(column: column, comparison: comparison), value)
    }
}

/// Compiled texts by shape, for one compiler. Bounded: past its capacity, new shapes are compiled
/// every time rather than remembered.
final class StatementCache: Sendable {
    /// A text compiled for a shape, with the number that names it to drivers.
    struct Entry: Sendable {
        let sql: String
        let textID: StatementTextID
    }

    private let texts = Mutex<[StatementShape: Entry]>([:])
    static let capacity = 256

    /// The statement for `query`, from the cache when its shape was compiled before; otherwise
    /// compiled by `compile` and remembered if the values it bound are the ones the shape gathers.
    func statement(
        _ query: SelectQuery, kind: StatementShape.Kind, assignments: [ColumnAssignment] = [],
        compile: () throws -> SQLStatement
    ) rethrows -> SQLStatement {
        guard let (shape, values) = StatementShape.of(query, kind: kind, assignments: assignments) else {
            return try compile()
        }
        return try statement(shape, values, compile: compile).statement
    }

    /// The statement of `shape` binding `values`: its text from the cache, or compiled by
    /// `compile` and remembered if the values it bound are `values`. Also returns the entry the
    /// text is remembered as, if it is.
    func statement(_ shape: StatementShape, _ values: [DatabaseValue], compile: () throws -> SQLStatement)
        rethrows -> (statement: SQLStatement, entry: Entry?)
    {
        if let entry = texts.withLock({ $0[shape] }) {
            return (SQLStatement(entry.sql, values, textID: entry.textID), entry)
        }
        let statement = try compile()
        guard statement.arguments == values else { return (statement, nil) }
        let entry = texts.withLock { texts -> Entry? in
            if let entry = texts[shape] { return entry }
            guard texts.count < Self.capacity else { return nil }
            let entry = Entry(sql: statement.sql, textID: .next())
            texts[shape] = entry
            return entry
        }
        guard let entry else { return (statement, nil) }
        return (SQLStatement(entry.sql, values, textID: entry.textID), entry)
    }
}
