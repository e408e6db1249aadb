import Ommi

extension AppState {
    /// `u`: undoes the newest change of this session, in whichever pane it was made.
    mutating func startUndo() -> [Effect] {
        if let reason = readOnlyReason {
            status = .error(reason)
            return []
        }
        guard let entry = undoStack.popLast() else {
            status = .info("nothing to undo")
            return []
        }
        if let refusal = entry.refusal {
            status = .error("cannot undo \(entry.description): \(refusal)")
            return []
        }
        status = .info("undoing: \(entry.description)…")
        return [.write(current?.id, RowWrite(change: entry.inverse, description: entry.description, purpose: .undo))]
    }

    /// `Ctrl-r`: makes the newest undone change again.
    mutating func startRedo() -> [Effect] {
        if let reason = readOnlyReason {
            status = .error(reason)
            return []
        }
        guard let entry = redoStack.popLast() else {
            status = .info("nothing to redo")
            return []
        }
        status = .info("redoing: \(entry.description)…")
        return [.write(current?.id, RowWrite(change: entry.inverse, description: entry.description, purpose: .redo))]
    }

    /// Why nothing may be written, if so.
    var readOnlyReason: String? {
        readOnly ? "read-only (--read-only, or the file cannot be written): nothing is changed" : nil
    }

    /// A change was written: remembered for undo, reported, and every pane that shows what it
    /// changed reads again.
    mutating func applyWritten(_ write: RowWrite, _ written: WrittenChange, pane id: PaneID?) -> [Effect] {
        let entry = UndoEntry(inverse: written.inverse, description: write.description, refusal: write.undoRefusal)
        switch write.purpose {
        case .change:
            undoStack.append(entry)
            redoStack = []
            status = .info(write.description + "; u undoes it")
        case .undo:
            redoStack.append(entry)
            status = .info("undone: \(write.description); Ctrl-r redoes it")
        case .redo:
            undoStack.append(entry)
            status = .info("redone: \(write.description)")
        }
        // The pane that asked shows the row as stored (triggers included), under the cursor.
        let sameTable = panes.first { $0.id == id }?.rows?.schema.tableName == write.change.schema.tableName
        let shown = (write.purpose == .change ? write.shows : nil) ?? (sameTable ? written.row : nil)
        return refreshAfterChange(showing: shown.map { (id, $0) }, recount: write.change.kind != .update)
    }

    /// A change was refused: the status line says why, and when the panes no longer show the
    /// truth they read again.
    mutating func applyRefused(_ write: RowWrite, _ text: String, reload: Bool) -> [Effect] {
        let undoing = write.purpose == .undo
        status = .error(undoing ? "could not undo \(write.description): " + text : text)
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
