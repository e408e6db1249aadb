import Ommi

extension AppState {
    /// `u`: undoes the newest change of this session, in whichever pane it was made. The entry
    /// leaves the undo stack only once the undo is written.
    mutating func startUndo() -> [Effect] {
        if let reason = readOnlyReason {
            status = .error(reason)
            return []
        }
        guard let entry = undoStack.last else {
            status = .info("nothing to undo")
            return []
        }
        if let busy = waitForWritesInFlight("u") { return busy }
        if let refusal = entry.refusal {
            undoStack.removeLast()
            status = .error("cannot undo \(entry.description): \(refusal)")
            return []
        }
        status = .info("undoing: \(entry.description)…")
        let write = RowWrite(change: entry.inverse, description: entry.description, purpose: .undo, entry: entry.id)
        return [.write(current?.id, write)]
    }

    /// `Ctrl-r`: makes the newest undone change again. The entry leaves the redo stack only once
    /// the change is written.
    mutating func startRedo() -> [Effect] {
        if let reason = readOnlyReason {
            status = .error(reason)
            return []
        }
        guard let entry = redoStack.last else {
            status = .info("nothing to redo")
            return []
        }
        if let busy = waitForWritesInFlight("Ctrl-r") { return busy }
        status = .info("redoing: \(entry.description)…")
        let write = RowWrite(change: entry.inverse, description: entry.description, purpose: .redo, entry: entry.id)
        return [.write(current?.id, write)]
    }

    /// An undo or redo waits for the writes in flight: it undoes what they leave.
    private mutating func waitForWritesInFlight(_ key: String) -> [Effect]? {
        guard let running = writesInFlight.first else { return nil }
        status = .info("still writing: \(running); \(key) again once it is done")
        return []
    }

    /// Why nothing may be written, if so.
    var readOnlyReason: String? {
        readOnly ? "read-only (--read-only, or the file cannot be written): nothing is changed" : nil
    }

    /// A change was written: remembered for undo, reported, and every pane that shows what it
    /// changed reads again.
    mutating func applyWritten(_ write: RowWrite, _ written: WrittenChange, pane id: PaneID?) -> [Effect] {
        let entry = makeUndoEntry(written.inverse, write.description, refusal: write.undoRefusal)
        switch write.purpose {
        case .change:
            undoStack.append(entry)
            redoStack = []
            status = .info(write.description + "; u undoes it")
        case .undo:
            undoStack.removeAll { $0.id == write.entry }
            redoStack.append(entry)
            status = .info("undone: \(write.description); Ctrl-r redoes it")
        case .redo:
            redoStack.removeAll { $0.id == write.entry }
            undoStack.append(entry)
            status = .info("redone: \(write.description)")
        }
        // The pane that asked shows the row as stored (triggers included), under the cursor.
        let sameTable = panes.first { $0.id == id }?.rows?.schema.tableName == write.change.schema.tableName
        let shown = (write.purpose == .change ? write.shows : nil) ?? (sameTable ? written.row : nil)
        return refreshAfterChange(showing: shown.map { (id, $0) }, recount: write.change.kind != .update)
    }

    /// A change was refused: the status line says why, and when the panes no longer show the
    /// truth (`reload`) they read again. An undo or redo stays on its stack; one refused because
    /// its row was changed elsewhere asks whether to overwrite that change.
    mutating func applyRefused(_ write: RowWrite, _ text: String, reload: Bool, pane id: PaneID?) -> [Effect] {
        let verb = write.purpose == .redo ? "redo" : "undo"
        let undoing = write.purpose != .change
        status = .error(undoing ? "could not \(verb) \(write.description): " + text : text)
        if undoing, reload, let overriding = write.overridingOtherChanges, let pane = id ?? current?.id {
            modal = Confirmation(
                question: "\(verb.capitalized) \(write.description)? Its row was changed elsewhere since; "
                    + "\(verb == "undo" ? "undoing" : "redoing") overwrites that change (y/n)",
                paneID: pane, write: overriding,
                doing: "\(verb == "undo" ? "undoing" : "redoing"): \(write.description)…",
                declined: "nothing was \(verb)ne; \(verb == "undo" ? "u" : "Ctrl-r") asks again")
        }
        return reload || undoing ? refreshAfterChange() : []
    }

    /// Reads again every pane on the stack after a write, counting rows again when the write
    /// can have changed how many there are (`recount`); a rows pane given with a row reads from
    /// that row, its cursor on it.
    mutating func refreshAfterChange(showing row: (PaneID?, DynamicRow)? = nil, recount: Bool = true) -> [Effect] {
        var effects: [Effect] = []
        for pane in panes {
            if let rows = pane.rows {
                let anchor = row.flatMap { $0.0 == pane.id ? $0.1 : nil } ?? rows.currentRow
                effects += reloadRows(pane.id, anchor: anchor, recount: recount)
            } else {
                effects += pane.content.handle(.reload, pane: pane.id, in: &self)
            }
        }
        guard recount else { return effects }
        modelCounts = [:]
        return effects + countVisibleModels()
    }
}
