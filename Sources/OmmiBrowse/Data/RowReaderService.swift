import Ommi

/// The reads the browser makes, in terms of the core's dynamic models: windows of rows by
/// keyset, counts, labels of referenced rows, relation summaries and searches.
struct RowReaderService: Sendable {
    let database: Ommi
    let catalog: SchemaCatalog

    private func model(_ schema: ModelSchema) -> DynamicModel {
        DynamicModel(schema: schema, database: database, catalog: catalog)
    }

    /// `schema` read for a screen of rows: BLOBs as their lengths, unless `order` pages by one;
    /// with `labelled`, each row with the labels of the rows its references point at.
    private func shown(_ schema: ModelSchema, order: [SortKey] = [], labelled: Bool = false) -> ShownRows {
        let blobs = Set(schema.fields.filter { $0.type == .blob }.map(\.column))
        return ShownRows(
            model: model(schema), blobLengths: !order.contains { blobs.contains($0.column.column) },
            textPrefix: ShownRows.textPrefix, labelled: labelled ? labelledReferences(of: schema) : [])
    }

    func cappedCount(_ schema: ModelSchema, cap: Int) async throws -> ModelCount {
        let counted = try await model(schema).count(SelectQuery(schema: schema, limit: cap + 1, catalog: catalog))
        return counted > cap ? .atLeast(cap) : .exact(counted)
    }

    func count(_ request: RowsRequest) async throws -> Int {
        try await model(request.schema).count(where: request.condition)
    }

    /// A window of rows as `request` places it, with the labels of the rows their references
    /// point at, read in the same statement. The last rows are read backwards from the end, so
    /// that `G` never waits for a count: their position is known only when the count is (or when
    /// they are all the rows there are).
    func rows(_ request: RowsRequest) async throws -> RowsResult {
        let model = shown(request.schema, order: request.order, labelled: true)
        let reversed = request.order.map(\.reversed)
        var page: LabelledRows
        var start: Int?
        var cursor: Int?
        var total: Int?
        var exhausted: Bool
        switch request.placement {
        case .jump(let anchor):
            if request.pagesByOffset || anchor == nil {
                let offset = request.pagesByOffset ? request.offset : 0
                page = try await model.rows(
                    where: request.condition, order: request.order, limit: request.limit, offset: offset)
                start = offset
                exhausted = page.rows.count < request.limit
            } else if let anchor {
                // The rows before the anchor come with it, so that the lines above the cursor are
                // never blank while more rows are read.
                let values = orderValues(anchor, request)
                let before = try await model.count(
                    model.query(where: request.condition, order: reversed, after: values))
                var earlier = try await model.rows(
                    where: request.condition, order: reversed, limit: request.limit, after: values)
                earlier.rows.reverse()
                page = try await model.rows(
                    where: request.condition, order: request.order, limit: request.limit,
                    after: earlier.rows.last.map { orderValues($0, request) })
                exhausted = page.rows.count < request.limit
                // With the anchor and everything after it gone, the last rows show instead.
                cursor = page.rows.isEmpty ? max(0, before - 1) : before
                start = before - earlier.rows.count
                page.rows = earlier.rows + page.rows
                for (column, labels) in earlier.labels { page.labels[column, default: [:]].merge(labels) { $1 } }
            } else {
                page = LabelledRows()
                exhausted = true
            }
        case .after(let last):
            if request.pagesByOffset {
                page = try await model.rows(where: request.condition, limit: request.limit, offset: request.offset)
            } else {
                page = try await model.rows(
                    where: request.condition, order: request.order, limit: request.limit,
                    after: orderValues(last, request))
            }
            exhausted = page.rows.count < request.limit
        case .before(let first):
            if request.pagesByOffset {
                page = try await model.rows(where: request.condition, limit: request.limit, offset: request.offset)
                exhausted = request.offset == 0
            } else {
                page = try await model.rows(
                    where: request.condition, order: reversed, limit: request.limit,
                    after: orderValues(first, request))
                page.rows.reverse()
                exhausted = page.rows.count < request.limit
            }
        case .last:
            if request.pagesByOffset {
                // Without a key to read backwards by, the last rows are found by their offset.
                let counted: Int
                if let known = request.knownTotal {
                    counted = known
                } else {
                    counted = try await model.count(where: request.condition)
                }
                page = try await model.rows(
                    where: request.condition, limit: request.limit, offset: max(0, counted - request.limit))
                total = counted
            } else {
                page = try await model.rows(where: request.condition, order: reversed, limit: request.limit)
                page.rows.reverse()
                // Fewer rows than asked for are all the rows there are.
                total = page.rows.count < request.limit ? page.rows.count : request.knownTotal
            }
            start = total.map { max(0, $0 - page.rows.count) }
            exhausted = true
        }
        return RowsResult(
            rows: page.rows, placement: request.placement, start: start, exhausted: exhausted, total: total,
            labels: page.labels, cursor: cursor)
    }

    /// The first row after (or before) `from` that contains `text` in any column, wrapping
    /// around to the first (or last) row when none follows, with the window of rows that starts
    /// at it.
    func search(_ request: RowsRequest, text: String, from: DynamicRow?, forward: Bool) async throws -> RowsResult? {
        guard !request.pagesByOffset else {
            throw OmmiError(.invalidQuery, "search needs rows with a key; \(request.schema.name) has none")
        }
        let model = shown(request.schema, order: request.order)
        let matches = try await searchCondition(text, in: request.schema)
        let condition = request.condition.map { $0 && matches } ?? matches
        let order = forward ? request.order : request.order.map(\.reversed)
        var found = try await model.rows(
            where: condition, order: order, limit: 1, after: from.map { orderValues($0, request) }
        ).rows.first
        let wrapped = found == nil && from != nil
        if wrapped { found = try await model.rows(where: condition, order: order, limit: 1).rows.first }
        // Wrapping around to the row searched from finds nothing new.
        guard let found, !(wrapped && from.map { orderValues($0, request) } == orderValues(found, request)) else {
            return nil
        }
        var jump = request
        jump.placement = .jump(anchor: found)
        var result = try await rows(jump)
        result.foundText = text
        result.wrapped = wrapped
        return result
    }

    /// The most referenced rows a search looks at for labels that contain its text: a search
    /// for a label shared by more rows finds the references to the first of them.
    static let labelSearchLimit = 1_000

    /// Rows that contain `text` in a column, or whose reference points at a row whose label
    /// (the one the rows pane shows beside the reference) contains it.
    private func searchCondition(_ text: String, in schema: ModelSchema) async throws -> Condition {
        var terms = [TextSearch.condition(text, in: schema)]
        for reference in labelledReferences(of: schema) {
            let target = model(reference.target)
            let labelled = TextSearch.condition(
                text, in: reference.target, columns: LabelColumn.columns(reference.target))
            let keys = try await target.rows(where: labelled, limit: Self.labelSearchLimit).compactMap {
                $0.value(ofColumn: reference.targetColumns[0], in: reference.target)
            }
            guard !keys.isEmpty else { continue }
            terms.append(.isIn(.column(model(schema).column(reference.ownerColumns[0])), keys, negated: false))
        }
        return .or(terms)
    }

    /// The single-column references of `schema` whose targets have a label to show beside them.
    private func labelledReferences(of schema: ModelSchema) -> [ResolvedRelation] {
        schema.relations.filter { $0.kind == .toOne }.compactMap { relation in
            guard let resolved = try? ResolvedRelation.resolve(relation, of: schema, in: catalog),
                resolved.ownerColumns.count == 1, !LabelColumn.columns(resolved.target).isEmpty
            else { return nil }
            return resolved
        }
    }

    /// `row` as stored now with what each of `relations` leads to, read in one statement: the
    /// row by its key, with a count of each relation's rows and the key and label of each to-one
    /// relation's row beside it. A model without a key is read by the values its relations
    /// follow, which is all the summaries depend on.
    func summaries(of relations: [RelationSchema], owner: ModelSchema, row: DynamicRow) async -> RecordReading {
        let model = self.model(owner)
        var reading = RecordReading()
        var resolved: [(relation: ResolvedRelation, values: [RelatedValue])] = []
        for relation in relations {
            do {
                let relation = try ResolvedRelation.resolve(relation, of: owner, in: catalog)
                resolved.append((relation, Self.summaryValues(relation)))
            } catch {
                reading.summaries[relation.name] = .failed(EffectRunner.describe(error))
            }
        }
        let keyed = model.condition(selecting: row)
        if keyed == nil && resolved.isEmpty { return reading }
        let condition = keyed ?? Self.sameReferences(row, of: owner, as: resolved.map(\.relation))
        do {
            // The row as a pane shows it: BLOBs as sizes, long texts cut.
            var query = model.query(where: condition, limit: 1)
            query.blobLengths = true
            query.textPrefix = ShownRows.textPrefix
            let read = try await model.rows(query, alongside: resolved.flatMap(\.values))
            guard let found = read.first else {
                reading.removed = keyed != nil
                return reading
            }
            if keyed != nil { reading.row = found.row }
            var values = found.related[...]
            for (relation, asked) in resolved {
                reading.summaries[relation.name] = Self.summary(relation, Array(values.prefix(asked.count)))
                values = values.dropFirst(asked.count)
            }
        } catch {
            for (relation, _) in resolved { reading.summaries[relation.name] = .failed(EffectRunner.describe(error)) }
        }
        return reading
    }

    /// `row` as stored now, every value whole, found by its key; nil when it is gone or has no key.
    func again(_ row: DynamicRow, of schema: ModelSchema) async throws -> DynamicRow? {
        let model = self.model(schema)
        guard let condition = model.condition(selecting: row) else { return nil }
        return try await model.rows(where: condition, limit: 1).first
    }

    /// What a summary reads of a relation: how many rows it relates, and for a to-one relation
    /// the key and label columns of its row.
    private static func summaryValues(_ relation: ResolvedRelation) -> [RelatedValue] {
        guard relation.kind == .toOne else { return [.count(relation)] }
        let columns = relation.target.keyColumns + LabelColumn.columns(relation.target)
        return [.count(relation)] + columns.map { .column(relation, $0) }
    }

    /// The summary of `relation` from the values ``summaryValues(_:)`` asked for.
    private static func summary(_ relation: ResolvedRelation, _ values: [DatabaseValue]) -> RelationSummary {
        guard case .integer(let count) = values.first else { return .none }
        guard relation.kind == .toOne else { return .count(Int(count)) }
        guard count > 0 else { return .none }
        let keys = relation.target.keyColumns.count
        return .target(
            key: values.dropFirst().prefix(keys).map(ValueText.plain).joined(separator: ","),
            label: LabelColumn.label(values: Array(values.dropFirst(1 + keys))))
    }

    /// The rows of `owner` whose values in the columns `relations` follow are `row`'s: for a model
    /// without a key, whose relations lead where `row`'s do.
    private static func sameReferences(_ row: DynamicRow, of owner: ModelSchema, as relations: [ResolvedRelation])
        -> Condition
    {
        var columns: [String] = []
        for column in relations.flatMap(\.ownerColumns) where !columns.contains(column) { columns.append(column) }
        return .and(
            columns.map { column in
                let value = row.value(ofColumn: column, in: owner) ?? .null
                let operand = Operand.column(ColumnRef(table: owner.tableName, column: column))
                return value.isNull ? .isNull(operand, negated: false) : .compare(operand, .equal, .value(value))
            })
    }

    private func orderValues(_ row: DynamicRow, _ request: RowsRequest) -> [DatabaseValue] {
        request.order.map { row.value(ofColumn: $0.column.column, in: request.schema) ?? .null }
    }
}

extension RowReaderService {
    /// Rows a picker offers: those that match, in key order, at most ``Picker/limit``.
    func candidates(_ schema: ModelSchema, _ condition: Condition?) async throws -> [DynamicRow] {
        try await shown(schema).rows(where: condition, limit: Picker.limit).rows
    }
}

/// A model read for a screen of many rows, which shows BLOBs as sizes and the start of long
/// texts: with ``blobLengths`` each BLOB field is read as its length, and with ``textPrefix`` a
/// text as at most one character more than that (``SelectQuery/textPrefix``), so a page of large
/// values costs what the screen shows. The viewer, the editor and a copy read a value whole. The
/// references in ``labelled`` have their targets' labels read in the same statement as the rows,
/// only their key and label columns.
struct ShownRows {
    let model: DynamicModel
    let blobLengths: Bool
    let textPrefix: Int?
    let labelled: [ResolvedRelation]

    /// The characters of a text a pane reads: more than the widest cell or field of any screen.
    static let textPrefix = 1024

    /// Whether `value`, read for a pane, may be only the start of the stored text: a text longer
    /// than ``textPrefix`` characters. Such a value is read whole before it is shown whole,
    /// edited or copied, and a write never finds its row by it.
    static func mayBeCut(_ value: DatabaseValue) -> Bool {
        guard case .text(let text) = value else { return false }
        return text.utf8.count > textPrefix && text.unicodeScalars.count > textPrefix
    }

    func rows(
        where condition: Condition?, order: [SortKey] = [], limit: Int? = nil, offset: Int? = nil,
        after: [DatabaseValue]? = nil
    ) async throws -> LabelledRows {
        var query = model.query(where: condition, order: order, limit: limit, offset: offset, after: after)
        query.blobLengths = blobLengths
        query.textPrefix = textPrefix
        if labelled.isEmpty { return LabelledRows(rows: try await model.rows(query)) }
        let read = try await model.rows(query, alongside: labelled.flatMap(labelValues))
        var page = LabelledRows(rows: read.map(\.row))
        for (_, related) in read {
            var values = related[...]
            for reference in labelled {
                let width = 1 + LabelColumn.columns(reference.target).count
                let target = Array(values.prefix(width))
                values = values.dropFirst(width)
                let column = reference.ownerColumns[0]
                // A reference to no row (a dangling key) gets no label.
                guard let key = target.first, !key.isNull else { continue }
                page.labels[column, default: [:]][key] = LabelColumn.label(values: Array(target.dropFirst())) ?? ""
            }
        }
        return page
    }

    /// The target's key column (NULL when the reference points at no row), then its label columns.
    private func labelValues(_ reference: ResolvedRelation) -> [RelatedValue] {
        ([reference.targetColumns[0]] + LabelColumn.columns(reference.target)).map { .column(reference, $0) }
    }

    func count(_ query: SelectQuery) async throws -> Int { try await model.count(query) }

    func query(
        where condition: Condition?, order: [SortKey], limit: Int? = nil, after: [DatabaseValue]?
    ) -> SelectQuery {
        model.query(where: condition, order: order, limit: limit, after: after)
    }

    func count(where condition: Condition?) async throws -> Int { try await model.count(where: condition) }
}

/// Rows read for a screen with the labels of the rows their references point at, by reference
/// column and key value.
struct LabelledRows {
    var rows: [DynamicRow] = []
    var labels: [String: [DatabaseValue: String]] = [:]
}

/// A record's row read again with what each of its relations leads to.
struct RecordReading: Sendable {
    /// The row as stored now; nil when it is gone, could not be read, or has no key to find it by.
    var row: DynamicRow?
    /// Whether the row's key finds no row any more.
    var removed = false
    /// What each relation leads to, by relation name.
    var summaries: [String: RelationSummary] = [:]
}
