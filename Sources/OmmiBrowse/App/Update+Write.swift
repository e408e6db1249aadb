import Ommi

extension AppState {
    /// `u`: undoes the newest change of this session.
    mutating func startUndo() -> [Effect] {
        if let reason = readOnlyReason {
            status = .error(reason)
            return []
        }
        guard let entry = undoStack.popLast() else {
            status = .info("nothing to undo")
            return []
        }
        status = .info("undoing: \(entry.description)…")
        return [.write(current?.id, RowWrite(change: entry.inverse, description: entry.description, purpose: .undo))]
    }

    /// Why nothing may be written, if so.
    var readOnlyReason: String? {
        readOnly ? "read-only (--read-only, or the file cannot be written): nothing is changed" : nil
    }

    /// A change was written: remembered for undo, reported, and every pane that shows what it
    /// changed reads again.
    mutating func applyWritten(_ write: RowWrite, _ written: WrittenChange) -> [Effect] {
        switch write.purpose {
        case .change:
            undoStack.append(UndoEntry(inverse: written.inverse, description: write.description))
            status = .info(write.description + "; u undoes it")
        case .undo:
            status = .info("undone: \(write.description)")
        }
        return refreshAfterChange()
    }

    /// A change was refused: the status line says why, and when the panes no longer show the
    /// truth they read again.
    mutating func applyRefused(_ write: RowWrite, _ text: String, reload: Bool) -> [Effect] {
        let undoing = write.purpose == .undo
        status = .error(undoing ? "could not undo \(write.description): " + text : text)
        return reload || undoing ? refreshAfterChange() : []
    }

    /// Reads again the rows panes and record summaries on the stack, and the counts of the
    /// models, after a write.
    mutating func refreshAfterChange() -> [Effect] {
        var effects: [Effect] = []
        for pane in panes { effects += pane.content.handle(.reload, pane: pane.id, in: &self) }
        modelCounts = [:]
        return effects + countVisibleModels()
    }
}
