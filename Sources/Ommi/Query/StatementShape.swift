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

    /// One comparison of a root column with a bound value.
    struct Term: Hashable, Sendable {
        var column: ColumnRef
        var comparison: ComparisonOperator
    }

    var kind: Kind
    var table: String
    var columns: [String]
    var terms: [Term]
    /// Whether the terms are an AND (rendered in parentheses) rather than a single comparison.
    var isJunction: Bool
    /// The explicit order; the key columns that complete it follow from ``keyFields``.
    var order: [SortKey]
    /// Which fields are keys (a bit per field) and whether rows are addressed by rowid: with the
    /// columns, what the key columns of the order are.
    var keyFields: Int
    var usesRowID: Bool
    var hasLimit: Bool
    var hasOffset: Bool

    /// Only a few cheap parts are hashed; equality still compares every part, so queries that
    /// share a hash but differ elsewhere never share a text.
    func hash(into hasher: inout Hasher) {
        hasher.combine(table)
        hasher.combine(terms.count)
        hasher.combine(isJunction)
        hasher.combine(hasLimit)
    }

    /// The shape of a query and the values it binds, in the order the compiler binds them; nil
    /// for queries outside the common shapes, which are always compiled in full.
    static func of(_ query: SelectQuery, kind: Kind, assignments: [ColumnAssignment] = [])
        -> (StatementShape, [DatabaseValue])?
    {
        guard query.after == nil, !query.blobLengths, query.textPrefix == nil else { return nil }
        let isWrite = kind != .select
        if isWrite && (query.limit != nil || query.offset != nil) { return nil }
        var terms: [Term] = []
        var values: [DatabaseValue] = assignments.map(\.value)
        var isJunction = false
        switch query.condition {
        case nil: break
        case .and(let conditions)?:
            guard !conditions.isEmpty else { return nil }
            isJunction = true
            for condition in conditions {
                guard let (term, value) = comparison(condition, root: query.schema.tableName) else { return nil }
                terms.append(term)
                values.append(value)
            }
        case let condition?:
            guard let (term, value) = comparison(condition, root: query.schema.tableName) else { return nil }
            terms.append(term)
            values.append(value)
        }
        let fields = query.schema.fields
        guard fields.count < Int.bitWidth else { return nil }
        var keyFields = 0
        for (index, field) in fields.enumerated() where field.isKey { keyFields |= 1 << index }
        if !isWrite {
            if let limit = query.limit { values.append(.integer(Int64(max(0, limit)))) }
            if let offset = query.offset { values.append(.integer(Int64(max(0, offset)))) }
        }
        let shape = StatementShape(
            kind: kind, table: query.schema.tableName, columns: query.schema.selectedColumns, terms: terms,
            isJunction: isJunction, order: query.order, keyFields: keyFields, usesRowID: query.schema.usesRowID,
            hasLimit: query.limit != nil, hasOffset: query.offset != nil)
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
    private let texts = Mutex<[StatementShape: String]>([:])
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
        if let sql = texts.withLock({ $0[shape] }) { return SQLStatement(sql, values) }
        let statement = try compile()
        if statement.arguments == values {
            texts.withLock { texts in
                if texts.count < Self.capacity { texts[shape] = statement.sql }
            }
        }
        return statement
    }
}
