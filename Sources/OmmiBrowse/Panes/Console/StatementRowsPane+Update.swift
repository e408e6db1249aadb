import Ommi

extension StatementRowsPane {
    public func handle(_ command: Command, pane id: PaneID, in app: inout AppState) -> [Effect] {
        app.handleStatementRows(command, pane: id)
    }
}

extension AppState {
    fileprivate mutating func handleStatementRows(_ command: Command, pane id: PaneID) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }),
            var pane = panes[index].content as? StatementRowsPane
        else { return [] }
        let visible = Layout(size).visibleRows
        let from = pane.wantedCursor ?? pane.table.cursor
        if let target = command.step(from: from, page: visible) { return moveStatementCursor(id, to: target) }
        switch command {
        case .first: return moveStatementCursor(id, to: 0)
        case .last:
            if pane.table.window.reachesEnd { return moveStatementCursor(id, to: pane.table.window.end - 1) }
            pane.wantedCursor = Int.max
            panes[index].content = pane
            return readStatement(id, .last)
        case .scrollLeft, .scrollRight:
            let step = command == .scrollLeft ? -1 : 1
            pane.table.firstColumn = min(max(0, pane.table.firstColumn + step), max(0, pane.table.columns.count - 1))
            panes[index].content = pane
            return []
        case .reload:
            return readStatement(id, .from(pane.table.window.start))
        default:
            status = .info("the rows of a statement are read-only; : runs another")
            return []
        }
    }

    /// Moves the cursor, reading the rows around `target` when they are not in memory.
    mutating func moveStatementCursor(_ id: PaneID, to target: Int) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }),
            var pane = panes[index].content as? StatementRowsPane
        else { return [] }
        let window = pane.table.window
        var target = max(0, target)
        if let total = pane.table.total { target = min(target, max(0, total - 1)) }
        pane.wantedCursor = nil
        if window.contains(target) || window.rows.isEmpty {
            pane.table.cursor = window.rows.isEmpty ? 0 : target
        } else if target >= window.end && window.reachesEnd {
            pane.table.cursor = window.end - 1
        } else {
            pane.wantedCursor = target
        }
        pane.table.top = Scrolling.top(
            pane.table.top, cursor: pane.table.cursor, visible: Layout(size).visibleRows, count: pane.table.knownCount)
        panes[index].content = pane
        guard let wanted = pane.wantedCursor else { return [] }
        return readStatement(id, .from(max(0, wanted - chunkSize / 2)))
    }
}
