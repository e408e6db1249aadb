import Ommi

extension RowsPane {
    public func handle(_ command: Command, pane id: PaneID, in app: inout AppState) -> [Effect] {
        app.handleRows(command, pane: id)
    }
}

extension AppState {
    /// Rows read at a time: enough for a few screens.
    var chunkSize: Int { max(100, Layout(size).visibleRows * 3) }

    fileprivate mutating func handleRows(_ command: Command, pane id: PaneID) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].rows else { return [] }
        let visible = Layout(size).visibleRows
        switch command {
        // Keys pressed while rows are being read add up from where the cursor is going.
        case .up: return moveCursor(id, to: (pane.wantedCursor ?? pane.cursor) - 1)
        case .down: return moveCursor(id, to: (pane.wantedCursor ?? pane.cursor) + 1)
        case .pageUp: return moveCursor(id, to: (pane.wantedCursor ?? pane.cursor) - visible)
        case .pageDown: return moveCursor(id, to: (pane.wantedCursor ?? pane.cursor) + visible)
        case .first:
            if pane.window.reachesStart && pane.window.start == 0 { return moveCursor(id, to: 0) }
            return reloadRows(id, anchor: nil, recount: false)
        case .last:
            if pane.window.reachesEnd { return moveCursor(id, to: max(0, pane.window.end - 1)) }
            return loadLast(id)
        case .scrollLeft, .scrollRight:
            let step = command == .scrollLeft ? -1 : 1
            pane.firstColumn = min(max(0, pane.firstColumn + step), max(0, pane.columns.count - 1))
            panes[index].rows = pane
            return []
        case .open:
            guard let row = pane.currentRow else { return [] }
            let record = RecordPane(schema: pane.schema, row: row)
            let title = RecordTitle.text(record.schema, row: row)
            let recordID = push(record, title: title)
            return [.summarizeRelations(recordID, record.schema, row, record.relations)]
        case .startSearch:
            modal = Prompt(purpose: .search, text: "")
            return []
        case .startFilter:
            modal = Prompt(purpose: .filter, text: pane.filterText ?? "")
            return []
        case .nextMatch, .previousMatch:
            guard let text = pane.search else {
                status = .info("search first: /")
                return []
            }
            return search(id, SearchUnderWay(text: text, from: pane.currentRow, forward: command == .nextMatch))
        case .sort:
            guard pane.columns.indices.contains(pane.firstColumn) else { return [] }
            let column = ColumnRef(table: pane.schema.tableName, column: pane.columns[pane.firstColumn])
            let descending = pane.sort?.column == column ? !(pane.sort?.descending ?? true) : false
            pane.sort = SortKey(column, descending: descending)
            panes[index].rows = pane
            status = .info("sorted by \(column.column) \(descending ? "descending" : "ascending")")
            return reloadRows(id, anchor: nil, recount: false)
        case .reload:
            return reloadRows(id, anchor: pane.currentRow, recount: true)
        case .attach: return startAttach()
        case .detach: return startDetach()
        case .edit: return startEdit()
        case .view: return startView()
        case .copyCell, .copyRow: return copy(wholeRow: command == .copyRow)
        case .insert: return startInsert()
        case .delete: return startDelete()
        case .jumpToColumn:
            modal = Prompt(purpose: .column, text: "")
            return []
        case .frequency: return openFrequency(of: id)
        case .pathFilter: return openPathFilter()
        case .export: return startExport()
        case .back, .quit, .quitNow, .switchFocus, .help, .undo, .redo, .console:
            return []
        }
    }

    /// Reads the pane's rows afresh from `anchor` (the first row when nil), dropping reads
    /// still under way; counts them again when asked.
    mutating func reloadRows(_ id: PaneID, anchor: DynamicRow?, recount: Bool) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].rows else { return [] }
        pane.startReplacingRead(.jump(anchor: anchor))
        if recount { pane.total = nil }
        let offset = anchor == nil ? 0 : pane.window.start
        let request = rowsRequest(pane, .jump(anchor: anchor), offset: offset)
        panes[index].rows = pane
        var effects: [Effect] = [.loadRows(id, generation: pane.generation, request)]
        if recount || pane.total == nil { effects.append(.countRows(id, generation: pane.generation, request)) }
        return effects
    }

    mutating func loadLast(_ id: PaneID) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].rows else { return [] }
        pane.startReplacingRead(.last)
        panes[index].rows = pane
        var request = rowsRequest(pane, .last, offset: 0)
        request.knownTotal = pane.total
        // The rows come first; a count still missing follows them.
        var effects: [Effect] = [.loadRows(id, generation: pane.generation, request)]
        if pane.total == nil && !request.pagesByOffset {
            effects.append(.countRows(id, generation: pane.generation, request))
        }
        return effects
    }

    /// Searches the pane's rows as `search` says; the pane remembers the search until it is
    /// answered.
    mutating func search(_ id: PaneID, _ search: SearchUnderWay) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].rows else { return [] }
        status = .info("searching for \"\(search.text)\"…")
        pane.searchUnderWay = search
        panes[index].rows = pane
        let request = rowsRequest(pane, .jump(anchor: nil), offset: 0)
        return [
            .search(
                id, generation: pane.generation, request, text: search.text, from: search.from,
                forward: search.forward)
        ]
    }

    func rowsRequest(_ pane: RowsPane, _ placement: RowsRequest.Placement, offset: Int) -> RowsRequest {
        RowsRequest(
            schema: pane.schema, condition: pane.condition, order: pane.order, placement: placement,
            limit: chunkSize, offset: offset)
    }

    /// Moves the cursor of rows pane `id` to `target`, reading the rows it needs when they are
    /// not in memory; the cursor waits at the edge of what is read meanwhile.
    mutating func moveCursor(_ id: PaneID, to target: Int) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].rows else { return [] }
        let cursorBefore = pane.cursor
        var target = max(0, target)
        if let total = pane.total { target = min(target, max(0, total - 1)) }
        let window = pane.window
        var effects: [Effect] = []
        if window.rows.isEmpty {
            pane.cursor = 0
        } else if window.contains(target) {
            pane.cursor = target
            pane.wantedCursor = nil
        } else if target >= window.end {
            pane.cursor = window.end - 1
            pane.wantedCursor = window.reachesEnd ? nil : target
        } else {
            pane.cursor = window.start
            pane.wantedCursor = window.reachesStart ? nil : target
        }
        let margin = Layout(size).visibleRows * 2
        if !pane.loading, let last = window.rows.last, !window.reachesEnd, pane.cursor + margin >= window.end {
            pane.reading = .more
            effects.append(
                .loadRows(id, generation: pane.generation, rowsRequest(pane, .after(last), offset: window.end)))
        } else if !pane.loading, let first = window.rows.first, !window.reachesStart,
            pane.cursor - margin < window.start
        {
            pane.reading = .more
            let offset = max(0, window.start - chunkSize)
            var request = rowsRequest(pane, .before(first), offset: offset)
            if request.pagesByOffset { request.limit = window.start - offset }
            effects.append(.loadRows(id, generation: pane.generation, request))
        }
        pane.top = Scrolling.top(
            pane.top, cursor: pane.cursor, visible: Layout(size).visibleRows, count: pane.knownCount)
        panes[index].rows = pane
        if var refresh = pane.refreshing, pane.cursor != cursorBefore {
            // A refresh under way would put the cursor back on the row it started from: it is
            // asked again from the row the cursor is on now, and the first answer is dropped.
            refresh.cursorLine = pane.cursor - pane.top
            panes[index].rows?.refreshing = refresh
            effects = readRefreshing(id, from: .jump(anchor: pane.currentRow))
        }
        return effects
    }

    /// Places rows that arrived for a rows pane; a pane closed or reloaded since drops them.
    mutating func apply(_ result: RowsResult, to id: PaneID, generation: Int) -> [Effect] {
        var wanted: Int?
        var found = false
        withRows(id, generation: generation) { pane in
            found = true
            pane.reading = nil
            pane.failure = nil
            if result.foundText != nil { pane.searchUnderWay = nil }
            switch result.placement {
            case .jump:
                let start = result.start ?? 0
                pane.window = RowWindow(
                    rows: result.rows, start: start, reachesStart: start == 0, reachesEnd: result.exhausted)
                pane.positionsFromEnd = false
                pane.cursor = result.cursor ?? start
                pane.top = max(0, pane.cursor - (result.cursor == nil ? 0 : 2))
            case .last:
                pane.positionsFromEnd = result.start == nil
                let start = result.start ?? RowsPane.provisionalEnd - result.rows.count
                pane.window = RowWindow(rows: result.rows, start: start, reachesStart: start == 0, reachesEnd: true)
                pane.cursor = max(start, pane.window.end - 1)
            case .after:
                pane.window.append(result.rows, reachesEnd: result.exhausted)
            case .before:
                pane.window.prepend(result.rows, reachesStart: result.exhausted)
            }
            pane.placeFromStartIfReached()
            if let pending = pane.pendingTotal { pane.take(total: pending) }
            pane.pendingTotal = nil
            if let total = result.total { pane.take(total: total) }
            if pane.window.reachesEnd && pane.window.reachesStart {
                pane.total = pane.window.rows.count
            } else if pane.window.reachesEnd, pane.total != nil {
                pane.total = pane.window.end
            }
            for (column, labels) in result.labels { pane.labels[column, default: [:]].merge(labels) { $1 } }
            if pane.cursor >= pane.window.end { pane.cursor = max(pane.window.start, pane.window.end - 1) }
            if pane.cursor < pane.window.start { pane.cursor = pane.window.start }
            wanted = pane.wantedCursor
        }
        guard found else { return [] }
        finishRefresh(id)
        if let text = result.foundText, let cursor = result.cursor {
            let wrapped = result.wrapped ? " (from the other end)" : ""
            status = .info("\"\(text)\" found in row \(ValueText.grouped(cursor + 1))\(wrapped); n next, N previous")
        }
        keepCursorsVisible()
        if let wanted { return moveCursor(id, to: wanted) }
        return moveCursor(id, to: currentCursor(id))
    }

    /// A read of the pane's rows failed: a read that was to replace the rows (a reload, a jump)
    /// leaves the failure in their place, a read of more rows keeps those shown; the status
    /// line says why.
    mutating func rowsFailed(_ id: PaneID, generation: Int, _ placement: RowsRequest.Placement, _ text: String) {
        var current = false
        withRows(id, generation: generation) { pane in
            current = true
            pane.reading = nil
            switch placement {
            case .jump:
                pane.window = RowWindow()
                pane.failure = text
            case .last, .after, .before:
                break
            }
        }
        if current { status = .error("could not read rows: " + text) }
    }

    private func currentCursor(_ id: PaneID) -> Int {
        panes.first { $0.id == id }?.rows?.cursor ?? 0
    }
}
