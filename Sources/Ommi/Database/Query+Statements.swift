import Synchronization

extension Query {
    /// A statement a query runs: what it reads, or how it writes the rows it selects.
    @usableFromInline
    enum StatementKind: Sendable {
        case select
        case delete
        case update([ColumnAssignment])
    }

    /// The statement of `kind` for this query. A query of a common shape (comparisons of `M`'s
    /// own columns with values) finds its text by a shape that names `M` rather than its columns,
    /// built without compiling the query or gathering its catalog; a prepared query finds it in
    /// its own memo first. Other queries are compiled in full.
    @usableFromInline
    func statement(_ kind: StatementKind) throws -> SQLStatement {
        guard let (shape, values) = shape(of: kind) else { return try compile(kind) }
        if let memo = preparedMemo, let remembered = memo.remembered(shape) {
            return SQLStatement(remembered.sql, values, textID: remembered.textID)
        }
        let (statement, entry) = try database.compiler.cache.statement(shape, values) { try compile(kind) }
        if let memo = preparedMemo, let entry { memo.remember(shape, entry) }
        return statement
    }

    /// The shape of the statement of `kind` and the values it binds; nil outside the common shapes.
    private func shape(of kind: StatementKind) -> (StatementShape, [DatabaseValue])? {
        guard after == nil else { return nil }
        let shapeKind: StatementShape.Kind
        var assignments: [ColumnAssignment] = []
        switch kind {
        case .select: shapeKind = .select
        case .delete: shapeKind = .delete
        case .update(let columns):
            shapeKind = .update(columns: columns.map(\.column))
            assignments = columns
        }
        var conditions = filters
        var junction = filters.count > 1
        if filters.count == 1, case .and(let terms) = filters[0] {
            conditions = terms
            junction = true
        }
        return StatementShape.of(
            .model(ObjectIdentifier(M.self)), root: M.schema.tableName, kind: shapeKind, assignments: assignments,
            conditions: conditions, junction: junction, order: order, limit: limit, offset: offset)
    }

    /// The statement of `kind`, compiled in full from the query's AST.
    private func compile(_ kind: StatementKind) throws -> SQLStatement {
        let compiler = database.compiler
        switch kind {
        case .select: return try compiler.select(selectQuery)
        case .delete: return try compiler.delete(selectQuery)
        case .update(let columns): return try compiler.update(selectQuery, set: columns)
        }
    }
}

/// The statement texts of the queries one prepared query makes, one per kind of statement: its
/// queries differ only in their values, so each kind has one shape, found here by comparing it
/// rather than by hashing it in the compiler's shared cache under a lock.
@usableFromInline
final class PreparedStatementMemo: Sendable {
    /// A shape and the text it compiles to, with the number that names the text.
    final class Remembered: Sendable {
        let shape: StatementShape
        let sql: String
        let textID: StatementTextID

        init(_ shape: StatementShape, _ entry: StatementCache.Entry) {
            self.shape = shape
            self.sql = entry.sql
            self.textID = entry.textID
        }
    }

    @usableFromInline init() {}

    /// One text per kind: all rows, a window of rows, a delete, an update.
    private let slots = (0..<4).map { _ in Slot() }

    /// Where a text is remembered once.
    private final class Slot: Sendable {
        let remembered = AtomicLazyReference<Remembered>()
    }

    /// The text remembered for `shape`, if the first shape of its kind remembered was this one (a
    /// query changed after it was prepared may have another).
    func remembered(_ shape: StatementShape) -> Remembered? {
        guard let remembered = slot(shape).remembered.load(), remembered.shape == shape else { return nil }
        return remembered
    }

    /// Remembers the text of `shape` unless its kind has one already.
    func remember(_ shape: StatementShape, _ entry: StatementCache.Entry) {
        _ = slot(shape).remembered.storeIfNil(Remembered(shape, entry))
    }

    private func slot(_ shape: StatementShape) -> Slot {
        switch shape.kind {
        case .select: slots[shape.hasLimit || shape.hasOffset ? 1 : 0]
        case .delete: slots[2]
        case .update: slots[3]
        }
    }
}
