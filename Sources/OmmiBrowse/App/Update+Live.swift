import Ommi

/// What a rows pane held when another program's commit made it read its rows again.
struct LiveRefresh: Sendable, Equatable {
    var window: RowWindow
    var total: Int?
    /// The cursor's line on screen, which the fresh rows keep.
    var cursorLine: Int
    /// Whether to say how many rows changed: not when the rows shown were already being read
    /// again (after this session's own write), whose change is not another program's.
    var reporting: Bool
    /// Whether the pane's count was asked for again with its rows and has not come yet.
    var countComing = false
}

extension AppState {
    /// Another program committed: every pane, relation count and model count is read again and
    /// the schema with them, keeping each cursor on its row. While a modal is open nothing moves
    /// under the user: the refresh waits for the modal to close. This session's own writes are
    /// followed where they are made; a change that comes with one of them (a driver whose signal
    /// also sees this session's commits) refreshes without counting rows as changed elsewhere.
    mutating func follow(_ change: DatabaseChange) -> [Effect] {
        guard change.elsewhere else { return [] }
        if modal != nil {
            refreshHeld = true
            return []
        }
        return refreshAll(reporting: change.tables.isEmpty)
    }

    /// The refresh held back while a modal was open, once it has closed.
    mutating func refreshHeldForModal() -> [Effect] {
        guard refreshHeld, modal == nil else { return [] }
        refreshHeld = false
        return refreshAll(reporting: true)
    }

    /// Reads every pane, count and the schema again; with `reporting`, the rows panes compare
    /// what they showed with what they read to say how many rows changed.
    mutating func refreshAll(reporting: Bool) -> [Effect] {
        var effects: [Effect] = [.reflectSchema]
        for pane in panes {
            if var rows = pane.rows, rows.gone == nil {
                // A refresh under way, or one still waiting for its count, compares with what the
                // screen showed before it. Rows being read again otherwise (after this session's own
                // write) would count that write as made elsewhere.
                let earlier = rows.refreshing ?? rows.refreshAwaitingCount
                rows.refreshing = LiveRefresh(
                    window: earlier?.window ?? rows.window, total: earlier?.total ?? rows.pendingTotal ?? rows.total,
                    cursorLine: rows.cursor - rows.top,
                    reporting: earlier.map { $0.reporting && reporting }
                        ?? (reporting && rows.replacement == nil))
                setRows(pane.id, rows)
                effects += readRefreshing(pane.id)
            } else if let record = pane.record {
                effects.append(.summarizeRelations(pane.id, record.schema, record.row, record.relations))
            }
        }
        return effects + recountVisibleModels()
    }

    /// The reads of a refreshing rows pane, and its count, which the pane keeps showing until
    /// the new one arrives. The rows are read as `placement` says; by default, as a read still
    /// under way that replaces them was to place them (from the row it was asked from, or the
    /// last rows), or else from the row under the cursor. While a search is under way, the search
    /// is asked again instead, and its answer reads the rows where it lands.
    mutating func readRefreshing(_ id: PaneID, from placement: RowsRequest.Placement? = nil) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var rows = panes[index].rows else { return [] }
        let placement = placement ?? rows.replacement ?? .jump(anchor: rows.currentRow)
        var effects: [Effect]
        if let pending = rows.searchUnderWay {
            rows.startReplacingRead(.jump(anchor: rows.currentRow))
            panes[index].rows = rows
            effects = search(id, pending)
        } else if case .last = placement {
            effects = loadLast(id)
        } else if case .jump(let anchor) = placement {
            effects = reloadRows(id, anchor: anchor, recount: false)
        } else {
            effects = reloadRows(id, anchor: rows.currentRow, recount: false)
        }
        guard var reloaded = panes[index].rows else { return effects }
        reloaded.refreshing?.countComing = true
        panes[index].rows = reloaded
        let counting = effects.contains { effect in
            if case .countRows = effect { true } else { false }
        }
        if counting { return effects }
        return effects + [
            .countRows(id, generation: reloaded.generation, rowsRequest(reloaded, .jump(anchor: nil), offset: 0))
        ]
    }

    /// A search found nothing: a refresh that asked it again still reads the rows.
    mutating func searchMissed(_ id: PaneID) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), panes[index].rows?.searchUnderWay != nil else {
            return []
        }
        panes[index].rows?.searchUnderWay = nil
        return panes[index].rows?.refreshing == nil ? [] : readRefreshing(id)
    }

    /// The count of pane `id`'s rows arrived: a refresh whose rows came first says now how many
    /// rows changed.
    mutating func countArrived(_ id: PaneID, generation: Int, total: Int) {
        var awaited: LiveRefresh?
        withRows(id, generation: generation) { pane in
            pane.refreshing?.countComing = false
            if pane.loading { pane.pendingTotal = total } else { pane.take(total: total) }
            awaited = pane.refreshAwaitingCount
            pane.refreshAwaitingCount = nil
        }
        guard let awaited, let index = panes.firstIndex(where: { $0.id == id }) else { return }
        report(awaited, in: index)
    }

    /// Counts again every model the list shows, keeping the counts shown until the new ones come.
    private mutating func recountVisibleModels() -> [Effect] {
        let shown = models.indices.dropFirst(modelTop).prefix(Layout(size).visibleLines)
        return shown.map { Effect.countModel(models[$0]) }
    }

    private mutating func setRows(_ id: PaneID, _ rows: RowsPane) {
        guard let index = panes.firstIndex(where: { $0.id == id }) else { return }
        panes[index].rows = rows
    }

    /// Unmarks the rows marked as changed elsewhere: a key was pressed since.
    mutating func clearChangeMarks() {
        for index in panes.indices where panes[index].rows?.changedRows.isEmpty == false {
            panes[index].rows?.changedRows = []
        }
    }

    /// Rows that a refresh asked for arrived in pane `id`: the cursor keeps its line, and the
    /// status line says how many rows changed, when the pane is on top. When the rows read are
    /// only some of them, that takes the new count, and waits for it if it has not come.
    mutating func finishRefresh(_ id: PaneID) {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].rows,
            let before = pane.refreshing
        else { return }
        pane.refreshing = nil
        pane.top = max(0, pane.cursor - before.cursorLine)
        let whole = pane.window.reachesStart && pane.window.reachesEnd
        if before.reporting, before.countComing, !whole { pane.refreshAwaitingCount = before }
        panes[index].rows = pane
        guard before.reporting, pane.refreshAwaitingCount == nil else { return }
        report(before, in: index)
    }

    /// Marks the rows of the pane at `index` that changed since `before`, and says how many
    /// changed when the pane is on top.
    private mutating func report(_ before: LiveRefresh, in index: Int) {
        guard let pane = panes[index].rows else { return }
        let (changed, marked) = LiveDifference.compare(before, pane)
        panes[index].rows?.changedRows = marked
        if changed > 0, current?.id == panes[index].id {
            status = .info("\(ValueText.grouped(changed)) \(changed == 1 ? "row" : "rows") changed elsewhere")
        }
    }

    /// The schema of a database file that another program replaced, opened again: every pane
    /// reads the new file's rows, and the status line says why they changed.
    mutating func adoptReopened(_ collection: ModelCollection) -> [Effect] {
        let effects = adopt(collection) + refreshAll(reporting: false)
        status = .info("the database file was replaced since it was opened; showing the new file")
        return effects
    }

    /// The database's schema as read again: tables added elsewhere join the model list, tables
    /// dropped leave it (their panes say so), and panes of tables whose columns changed take
    /// the new columns and read their rows again.
    mutating func adopt(_ collection: ModelCollection) -> [Effect] {
        let fresh = ModelOrdering.sorted(collection.schemas)
        guard !LiveDifference.sameSchemas(fresh, models) else { return [] }
        let byTable = Dictionary(fresh.map { ($0.tableName, $0) }, uniquingKeysWith: { first, _ in first })
        let selected = models.indices.contains(modelCursor) ? models[modelCursor].tableName : nil
        let added = fresh.filter { schema in !models.contains { $0.tableName == schema.tableName } }
        let dropped = models.filter { byTable[$0.tableName] == nil }
        models = fresh
        catalog = collection.catalog
        modelCursor =
            selected.flatMap { table in fresh.firstIndex { $0.tableName == table } }
            ?? min(modelCursor, max(0, fresh.count - 1))
        keepCursorsVisible()
        var effects: [Effect] = []
        for pane in panes {
            if var rows = pane.rows, rows.gone == nil {
                guard let schema = byTable[rows.schema.tableName] else {
                    rows.gone = "\(rows.schema.name) was dropped elsewhere"
                    rows.window = RowWindow()
                    rows.total = 0
                    rows.reading = nil
                    setRows(pane.id, rows)
                    continue
                }
                guard !LiveDifference.sameSchemas([schema], [rows.schema]) else { continue }
                // Rows read under the old columns are not drawn under the new ones.
                let anchor = rows.currentRow.map { LiveDifference.translated($0, from: rows.schema, to: schema) }
                rows.schema = schema
                rows.window = RowWindow()
                rows.labels = [:]
                rows.changedRows = []
                rows.refreshing = nil
                rows.firstColumn = min(rows.firstColumn, max(0, schema.selectedColumns.count - 1))
                setRows(pane.id, rows)
                effects += reloadRows(pane.id, anchor: anchor, recount: true)
            } else if var record = pane.record, let schema = byTable[record.schema.tableName],
                !LiveDifference.sameSchemas([schema], [record.schema])
            {
                let row = LiveDifference.translated(record.row, from: record.schema, to: schema)
                record = RecordPane(schema: schema, row: row)
                if let index = panes.firstIndex(where: { $0.id == pane.id }) { panes[index].record = record }
                effects.append(.summarizeRelations(pane.id, schema, row, record.relations))
            }
        }
        let names = added.map { "+" + $0.name } + dropped.map { "−" + $0.name }
        if !names.isEmpty { status = .info("tables changed elsewhere: " + names.joined(separator: " ")) }
        return effects + countVisibleModels()
    }
}

/// Comparing what the screen showed with what the database holds now.
enum LiveDifference {
    /// How many rows changed between the rows a pane showed and the rows it shows now: rows whose
    /// values changed, and rows added or removed (exactly when both windows hold every row,
    /// otherwise as the difference of the counts); and the rows now shown that are new or changed.
    static func compare(_ before: LiveRefresh, _ pane: RowsPane) -> (changed: Int, marked: Set<DynamicRow>) {
        let old = byKey(before.window.rows, pane.schema)
        let new = byKey(pane.window.rows, pane.schema)
        let edited = Set(new.filter { key, row in old[key].map { $0 != row } ?? false }.values)
        let complete = { (window: RowWindow) in window.reachesStart && window.reachesEnd }
        if complete(before.window) && complete(pane.window) {
            let added = Set(new.filter { old[$0.key] == nil }.values)
            let removed = old.keys.filter { new[$0] == nil }.count
            return (edited.count + added.count + removed, edited.union(added))
        }
        // A count that came while more rows are being read waits for them to be placed.
        guard let was = before.total, let now = pane.pendingTotal ?? pane.total else { return (edited.count, edited) }
        return (edited.count + abs(now - was), edited)
    }

    /// Rows by their key values (every value for a model without a key).
    private static func byKey(_ rows: [DynamicRow], _ schema: ModelSchema) -> [[DatabaseValue]: DynamicRow] {
        let keys = schema.keyColumns
        var result: [[DatabaseValue]: DynamicRow] = [:]
        for row in rows {
            let key = keys.isEmpty ? row.values : keys.map { row.value(ofColumn: $0, in: schema) ?? .null }
            result[key] = row
        }
        return result
    }

    /// `row`, read under `old`, in the columns of `new`: columns dropped are left out, columns
    /// added are NULL until the row is read again.
    static func translated(_ row: DynamicRow, from old: ModelSchema, to new: ModelSchema) -> DynamicRow {
        DynamicRow(values: new.selectedColumns.map { row.value(ofColumn: $0, in: old) ?? .null })
    }

    /// Whether two lists of models have the same tables with the same columns and relations.
    static func sameSchemas(_ lhs: [ModelSchema], _ rhs: [ModelSchema]) -> Bool {
        lhs.count == rhs.count
            && zip(lhs, rhs).allSatisfy { left, right in
                left.tableName == right.tableName && left.fields == right.fields
                    && left.relations.map(\.name) == right.relations.map(\.name)
            }
    }
}
