import Ommi

extension AppState {
    /// `:`: opens the console with this database's earlier statements.
    mutating func openConsole() -> [Effect] {
        modal = Console(history: consoleHistory)
        return []
    }

    /// Runs what the console holds: rows open in a pane; a change is asked about first. The
    /// statement joins the history either way. Text that is not one statement stays open with
    /// the error above it.
    mutating func submit(_ console: Console) -> [Effect] {
        let statement: ConsoleStatement
        do {
            guard let read = try ConsoleStatement(console.text) else { return [] }
            statement = read
        } catch {
            modal = console
            status = .error(error.description)
            return []
        }
        var effects: [Effect] = []
        if consoleHistory.last != statement.sql {
            consoleHistory.append(statement.sql)
            effects.append(.recordStatement(statement.sql))
        }
        switch statement.kind {
        case .rows:
            let id = push(
                StatementRowsPane(sql: statement.sql), title: "SQL " + FilterText.visible(statement.sql, limit: 40))
            return effects + readStatement(id, .from(0))
        case .change:
            var asking = console
            asking.pending = statement
            modal = asking
            return effects
        }
    }

    /// Reads rows of the statement pane `id`, replacing its window when they arrive.
    mutating func readStatement(_ id: PaneID, _ placement: StatementRead.Placement) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }),
            var pane = panes[index].content as? StatementRowsPane
        else { return [] }
        pane.table.startReplacingRead(.jump(anchor: nil))
        panes[index].content = pane
        let read = StatementRead(sql: pane.sql, placement: placement, limit: chunkSize)
        return [.readStatement(id, generation: pane.table.generation, read)]
    }

    /// Places rows of a statement that arrived; a pane closed or reloaded since drops them.
    mutating func apply(_ rows: StatementRows, toStatement id: PaneID, generation: Int) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }),
            var pane = panes[index].content as? StatementRowsPane,
            pane.table.generation == generation
        else { return [] }
        pane.table.reading = nil
        if let failure = rows.failure {
            status = .error(failure)
        } else {
            if !rows.columns.isEmpty, pane.table.schema.fields.count != rows.columns.count {
                pane.table.schema = StatementRowsPane.schema(columns: rows.columns)
            }
            pane.table.window = RowWindow(
                rows: rows.rows, start: rows.start, reachesStart: rows.start == 0, reachesEnd: rows.reachesEnd)
            if rows.reachesEnd { pane.table.total = rows.start + rows.rows.count }
            let wanted = pane.wantedCursor ?? pane.table.cursor
            pane.table.cursor = max(rows.start, min(wanted, rows.start + rows.rows.count - 1))
            pane.wantedCursor = nil
        }
        panes[index].content = pane
        keepCursorsVisible()
        return []
    }

    /// A statement that changes the database ran (or was refused): says how many rows it
    /// changed, and reads everything again as a change made elsewhere would: every pane on the
    /// stack, the model counts and the schema (the statement may have created or altered a table),
    /// the statement pane on top included.
    mutating func statementRan(changed: Int?, failure: String?) -> [Effect] {
        if let failure {
            status = .error("not run: \(failure)")
            return []
        }
        let count = changed ?? 0
        status = .info("\(ValueText.grouped(count)) \(count == 1 ? "row" : "rows") changed")
        var effects = refreshAll(reporting: false)
        if let pane = current, pane.rows == nil, pane.record == nil {
            effects += pane.content.handle(.reload, pane: pane.id, in: &self)
        }
        return effects
    }
}
