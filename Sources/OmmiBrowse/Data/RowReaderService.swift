import Ommi

/// The reads the browser makes, in terms of the core's dynamic models: windows of rows by
/// keyset, counts, labels of referenced rows, relation summaries and searches.
struct RowReaderService: Sendable {
    let database: Ommi
    let catalog: SchemaCatalog

    private func model(_ schema: ModelSchema) -> DynamicModel {
        DynamicModel(schema: schema, database: database, catalog: catalog)
    }

    /// `schema` read for a screen of rows: BLOBs as their lengths, unless `order` pages by one.
    private func shown(_ schema: ModelSchema, order: [SortKey] = []) -> ShownRows {
        let blobs = Set(schema.fields.filter { $0.type == .blob }.map(\.column))
        return ShownRows(
            model: model(schema), blobLengths: !order.contains { blobs.contains($0.column.column) },
            textPrefix: ShownRows.textPrefix)
    }

    func cappedCount(_ schema: ModelSchema, cap: Int) async throws -> ModelCount {
        let counted = try await model(schema).count(SelectQuery(schema: schema, limit: cap + 1, catalog: catalog))
        return counted > cap ? .atLeast(cap) : .exact(counted)
    }

    func count(_ request: RowsRequest) async throws -> Int {
        try await model(request.schema).count(where: request.condition)
    }

    func rows(_ request: RowsRequest) async throws -> RowsResult {
        let model = shown(request.schema, order: request.order)
        let reversed = request.order.map(\.reversed)
        var rows: [DynamicRow]
        var start: Int?
        var cursor: Int?
        var total: Int?
        var exhausted: Bool
        switch request.placement {
        case .jump(let anchor):
            if request.pagesByOffset || anchor == nil {
                let offset = request.pagesByOffset ? request.offset : 0
                rows = try await model.rows(
                    where: request.condition, order: request.order, limit: request.limit, offset: offset)
                start = offset
            } else if let anchor {
                let values = orderValues(anchor, request)
                let before = try await model.count(
                    model.query(where: request.condition, order: reversed, after: values))
                let previous = try await model.rows(
                    where: request.condition, order: reversed, limit: 1, after: values
                ).first
                rows = try await model.rows(
                    where: request.condition, order: request.order, limit: request.limit,
                    after: previous.map { orderValues($0, request) })
                start = before
                cursor = before
                if rows.isEmpty && before > 0 {
                    // The anchor and everything after it are gone: show the last rows instead.
                    rows = try await model.rows(where: request.condition, order: reversed, limit: request.limit)
                        .reversed()
                    start = max(0, before - rows.count)
                    cursor = before - 1
                }
            } else {
                rows = []
            }
            exhausted = rows.count < request.limit
        case .after(let last):
            if request.pagesByOffset {
                rows = try await model.rows(where: request.condition, limit: request.limit, offset: request.offset)
            } else {
                rows = try await model.rows(
                    where: request.condition, order: request.order, limit: request.limit,
                    after: orderValues(last, request))
            }
            exhausted = rows.count < request.limit
        case .before(let first):
            if request.pagesByOffset {
                rows = try await model.rows(where: request.condition, limit: request.limit, offset: request.offset)
                exhausted = request.offset == 0
            } else {
                rows = try await model.rows(
                    where: request.condition, order: reversed, limit: request.limit,
                    after: orderValues(first, request)
                ).reversed()
                exhausted = rows.count < request.limit
            }
        case .last:
            let counted: Int
            if let known = request.knownTotal {
                counted = known
            } else {
                counted = try await model.count(where: request.condition)
            }
            if request.pagesByOffset {
                let offset = max(0, counted - request.limit)
                rows = try await model.rows(where: request.condition, limit: request.limit, offset: offset)
            } else {
                rows = try await model.rows(where: request.condition, order: reversed, limit: request.limit).reversed()
            }
            total = counted
            start = max(0, counted - rows.count)
            exhausted = true
        }
        return RowsResult(
            rows: rows, placement: request.placement, start: start, exhausted: exhausted, total: total,
            labels: try await labels(for: rows, of: request.schema), cursor: cursor)
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
        ).first
        let wrapped = found == nil && from != nil
        if wrapped { found = try await model.rows(where: condition, order: order, limit: 1).first }
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

    /// What each relation of a record leads to, by relation name.
    func summaries(of relations: [RelationSchema], owner: ModelSchema, row: DynamicRow) async -> [String:
        RelationSummary]
    {
        var summaries: [String: RelationSummary] = [:]
        for relation in relations { summaries[relation.name] = await summary(of: relation, owner: owner, row: row) }
        return summaries
    }

    /// `row` as stored now, found by its key; nil when it is gone or has no key. `shown` reads it
    /// as a pane shows it (long texts cut, see ``ShownRows``), otherwise every value whole.
    func again(_ row: DynamicRow, of schema: ModelSchema, shown: Bool = false) async throws -> DynamicRow? {
        let model = self.model(schema)
        guard let condition = model.condition(selecting: row) else { return nil }
        guard shown else { return try await model.rows(where: condition, limit: 1).first }
        return try await self.shown(schema).rows(where: condition, limit: 1).first
    }

    /// What a record's relation leads to: its count, or the row of a to-one relation.
    func summary(of relation: RelationSchema, owner: ModelSchema, row: DynamicRow) async -> RelationSummary {
        do {
            let (target, condition) = try model(owner).relationScope(relation.name, of: row)
            guard let condition else { return .none }
            let targetModel = model(target)
            if relation.kind == .toOne {
                guard let related = try await targetModel.rows(where: condition, limit: 1).first else { return .none }
                return .target(key: RowName.key(target, related), label: LabelColumn.label(target, related))
            }
            return .count(try await targetModel.count(where: condition))
        } catch {
            return .failed(EffectRunner.describe(error))
        }
    }

    /// Labels of the rows that single-column references of `rows` point at, by reference column
    /// and key value.
    private func labels(for rows: [DynamicRow], of schema: ModelSchema) async throws -> [String: [DatabaseValue:
        String]]
    {
        guard !rows.isEmpty else { return [:] }
        var labels: [String: [DatabaseValue: String]] = [:]
        for resolved in labelledReferences(of: schema) {
            guard let keyIndex = resolved.target.fieldIndex(ofColumn: resolved.targetColumns[0]) else { continue }
            let column = resolved.ownerColumns[0]
            let keys = Set(rows.compactMap { $0.value(ofColumn: column, in: schema) }.filter { !$0.isNull })
            guard !keys.isEmpty else { continue }
            let targetModel = shown(resolved.target)
            let targets = try await targetModel.rows(
                where: .isIn(.column(targetModel.model.column(resolved.targetColumns[0])), Array(keys), negated: false))
            for target in targets {
                labels[column, default: [:]][target.values[keyIndex]] = LabelColumn.label(resolved.target, target) ?? ""
            }
        }
        return labels
    }

    private func orderValues(_ row: DynamicRow, _ request: RowsRequest) -> [DatabaseValue] {
        request.order.map { row.value(ofColumn: $0.column.column, in: request.schema) ?? .null }
    }
}

extension RowReaderService {
    /// Rows a picker offers: those that match, in key order, at most ``Picker/limit``.
    func candidates(_ schema: ModelSchema, _ condition: Condition?) async throws -> [DynamicRow] {
        try await shown(schema).rows(where: condition, limit: Picker.limit)
    }
}

/// A model read for a screen of many rows, which shows BLOBs as sizes and the start of long
/// texts: with ``blobLengths`` each BLOB field is read as its length, and with ``textPrefix`` a
/// text as at most one character more than that (``SelectQuery/textPrefix``), so a page of large
/// values costs what the screen shows. The viewer, the editor and a copy read a value whole.
struct ShownRows {
    let model: DynamicModel
    let blobLengths: Bool
    let textPrefix: Int?

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
    ) async throws -> [DynamicRow] {
        var query = model.query(where: condition, order: order, limit: limit, offset: offset, after: after)
        query.blobLengths = blobLengths
        query.textPrefix = textPrefix
        return try await model.rows(query)
    }

    func count(_ query: SelectQuery) async throws -> Int { try await model.count(query) }

    func query(where condition: Condition?, order: [SortKey], after: [DatabaseValue]?) -> SelectQuery {
        model.query(where: condition, order: order, after: after)
    }

    func count(where condition: Condition?) async throws -> Int { try await model.count(where: condition) }
}
