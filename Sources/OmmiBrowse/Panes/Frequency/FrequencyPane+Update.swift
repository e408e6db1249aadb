import Ommi

extension FrequencyPane {
    public func handle(_ command: Command, pane id: PaneID, in app: inout AppState) -> [Effect] {
        app.handleFrequency(command, pane: id)
    }
}

extension AppState {
    /// `F`: the frequency of the values of the column under the column cursor, among the rows of
    /// the rows pane `id` as filtered.
    mutating func openFrequency(of id: PaneID) -> [Effect] {
        guard let rows = panes.first(where: { $0.id == id })?.rows, rows.columns.indices.contains(rows.firstColumn)
        else { return [] }
        let column = rows.columns[rows.firstColumn]
        let pane = FrequencyPane(schema: rows.schema, column: column, condition: rows.condition, source: id)
        let frequencyID = push(pane, title: "frequency of \(column)")
        return readFrequencies(frequencyID, from: 0, counting: true)
    }

    fileprivate mutating func handleFrequency(_ command: Command, pane id: PaneID) -> [Effect] {
        guard let pane = panes.first(where: { $0.id == id })?.content as? FrequencyPane else { return [] }
        let visible = Layout(size).visibleRows
        let from = pane.wantedCursor ?? pane.cursor
        if let target = command.step(from: from, page: visible) { return moveFrequencyCursor(id, to: target) }
        switch command {
        case .first: return moveFrequencyCursor(id, to: 0)
        case .last: return moveFrequencyCursor(id, to: (pane.distinct ?? pane.knownCount) - 1)
        case .open: return filter(by: pane)
        case .reload: return readFrequencies(id, from: pane.start, counting: true)
        default:
            status = .info("Enter filters the rows by the value under the cursor")
            return []
        }
    }

    /// Reads the window of values from `offset`, replacing the one in memory.
    private mutating func readFrequencies(_ id: PaneID, from offset: Int, counting: Bool) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].content as? FrequencyPane
        else { return [] }
        pane.generation += 1
        pane.loading = true
        panes[index].content = pane
        let request = FrequencyRequest(
            schema: pane.schema, column: pane.column, condition: pane.condition, offset: max(0, offset),
            limit: chunkSize,
            counting: counting)
        return [.loadFrequencies(id, generation: pane.generation, request)]
    }

    /// Moves the cursor, reading the window around `target` when it is not in memory.
    private mutating func moveFrequencyCursor(_ id: PaneID, to target: Int) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].content as? FrequencyPane
        else { return [] }
        let target = max(0, min(target, pane.knownCount - 1))
        let window = pane.start..<(pane.start + pane.entries.count)
        pane.wantedCursor = nil
        if window.contains(target) {
            pane.cursor = target
        } else if !pane.entries.isEmpty {
            pane.wantedCursor = target
        }
        pane.top = Scrolling.top(
            pane.top, cursor: pane.cursor, visible: Layout(size).visibleRows, count: pane.knownCount)
        panes[index].content = pane
        guard pane.wantedCursor != nil else { return [] }
        return readFrequencies(id, from: target - chunkSize / 2, counting: false)
    }

    /// Places a window of values that arrived; a pane closed or reloaded since drops it.
    mutating func apply(_ window: FrequencyWindow, toFrequency id: PaneID, generation: Int) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].content as? FrequencyPane,
            pane.generation == generation
        else { return [] }
        pane.loading = false
        if let failure = window.failure {
            status = .error(failure)
        } else {
            pane.entries = window.entries
            pane.start = window.start
            if let distinct = window.distinct { pane.distinct = distinct }
            if let rows = window.rows { pane.rows = rows }
            if pane.entries.count < chunkSize { pane.distinct = pane.start + pane.entries.count }
            let wanted = pane.wantedCursor ?? pane.cursor
            pane.cursor = max(pane.start, min(wanted, pane.start + pane.entries.count - 1, pane.knownCount - 1))
            pane.cursor = max(0, pane.cursor)
            pane.wantedCursor = nil
            pane.top = Scrolling.top(
                pane.top, cursor: pane.cursor, visible: Layout(size).visibleRows, count: pane.knownCount)
        }
        panes[index].content = pane
        return []
    }

    /// `Enter`: narrows the rows pane the values were counted in to the rows holding the value
    /// under the cursor (NULL as `is null`), on top of its filter, and goes back to it.
    private mutating func filter(by pane: FrequencyPane) -> [Effect] {
        guard let entry = pane.current else { return [] }
        guard let index = panes.firstIndex(where: { $0.id == pane.source }), var rows = panes[index].rows else {
            status = .error("the rows these values were counted in are closed")
            return []
        }
        let column = Operand.column(ColumnRef(table: rows.schema.tableName, column: pane.column))
        let term: Condition =
            entry.value.isNull ? .isNull(column, negated: false) : .compare(column, .equal, .value(entry.value))
        let filter = rows.filter.map { $0 && term } ?? term
        rows.filter = filter
        rows.filterText = FilterFormatter.text(filter)
        panes[index].rows = rows
        panes.removeSubrange((index + 1)...)
        status = .info("filter: \(FilterFormatter.text(filter))")
        return reloadRows(pane.source, anchor: nil, recount: true)
    }
}
