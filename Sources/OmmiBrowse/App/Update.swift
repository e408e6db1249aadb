import Ommi
import TerminalUI

/// The browser's one state transition: a message changes the state and may ask for effects.
/// Pure: it reads nothing and writes nothing but `state`.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    let effects = respond(&state, message)
    return state.trackWrites(effects, after: message)
}

/// What `message` changes and asks for, before the writes it asks for are tracked.
private func respond(_ state: inout AppState, _ message: Message) -> [Effect] {
    switch message {
    case .key(let key): return state.handle(key)
    case .resized(let size):
        state.size = size
        state.keepCursorsVisible()
        return state.countVisibleModels()
    case .modelCounted(let name, let count):
        state.modelCounts[name] = count
        return []
    case .rowsLoaded(let id, let generation, let result):
        return state.apply(result, to: id, generation: generation)
    case .rowsFailed(let id, let generation, let placement, let text):
        state.rowsFailed(id, generation: generation, placement, text)
        return []
    case .rowsCounted(let id, let generation, let total):
        state.countArrived(id, generation: generation, total: total)
        return []
    case .relationsSummarized(let id, let summaries, let row, let removed):
        guard let index = state.panes.firstIndex(where: { $0.id == id }), var record = state.panes[index].record else {
            return []
        }
        record.summaries.merge(summaries) { $1 }
        if let row, row != record.row {
            record.row = row
            state.panes[index].title = RecordTitle.text(record.schema, row: row)
        }
        if removed {
            // The values stay on screen, as they were, under a title that says they are gone.
            let title = RecordTitle.text(record.schema, row: record.row) + " (deleted elsewhere)"
            if state.panes[index].title != title {
                state.panes[index].title = title
                state.status = .info(
                    "\(record.schema.name) #\(RowName.key(record.schema, record.row)) was deleted elsewhere; Esc goes back"
                )
            }
        }
        state.panes[index].record = record
        return []
    case .referrersCounted(let id, let row, let referrers, let write):
        return state.ask(write, of: row, in: id, referrers: referrers)
    case .searchMissed(let id, let text):
        if state.current?.id == id { state.status = .info("no more rows contain \"\(text)\"") }
        return state.searchMissed(id)
    case .pickerLoaded(let generation, let rows):
        state.place(rows, generation: generation)
        return []
    case .pickerFailed(let generation, let text):
        state.pickerFailed(text, generation: generation)
        return []
    case .valueRead(let id, let cell, let value, let use):
        guard state.current?.id == id, state.modal == nil else { return [] }
        state.status = nil
        return state.use(value, of: cell, for: use)
    case .written(let id, let write, let written):
        return state.applyWritten(write, written, pane: id)
    case .writeRefused(let id, let write, let text, let reload):
        return state.applyRefused(write, text, reload: reload, pane: id)
    case .failed(let id, let text):
        if let id, let index = state.panes.firstIndex(where: { $0.id == id }) {
            state.panes[index].rows?.reading = nil
            state.panes[index].rows?.searchUnderWay = nil
        } else if id != nil {
            return []
        }
        state.status = .error(text)
        return []
    case .frequenciesLoaded(let id, let generation, let window):
        return state.apply(window, toFrequency: id, generation: generation)
    case .statementRowsRead(let id, let generation, let rows):
        return state.apply(rows, toStatement: id, generation: generation)
    case .statementRan(let changed, let failure):
        return state.statementRan(changed: changed, failure: failure)
    case .exportProgress, .exported, .exportTargetExists, .exportFailed:
        return state.applyExport(message)
    case .cancelled:
        return []
    case .databaseChanged(let change):
        return state.follow(change)
    case .schemaReflected(let models, let reopened):
        return reopened ? state.adoptReopened(models) : state.adopt(models)
    }
}

extension AppState {
    /// The effects that start a session: counting the models the list shows.
    public mutating func start() -> [Effect] {
        countVisibleModels()
    }

    /// A key: the open modal's first; then what the keymap makes of it, handled here when it
    /// means the same everywhere (help, quit, back, focus, undo) and by the focused pane
    /// otherwise. The mouse goes to what is under the pointer.
    mutating func handle(_ key: Key) -> [Effect] {
        if let effects = handleWhileExporting(key) { return effects }
        if key == .control("c") { return quit(now: true) }
        if key == .resize { return [] }
        if case .mouse(let event) = key { return handle(event) }
        if let modal {
            self.modal = nil
            return modal.handle(key, in: &self) + refreshHeldForModal()
        }
        guard let command = Command(key: key) else {
            status = .info("\(key) does nothing here; ? lists the keys")
            return []
        }
        status = nil
        clearChangeMarks()
        if command == .help {
            modal = HelpScreen()
            return []
        }
        if command == .console { return openConsole() }
        let onList = focus == .models || panes.isEmpty
        switch command {
        case .back:
            if !onList { closePane() }
            return []
        case .quit:
            return onList ? quit() : backOrQuit()
        case .switchFocus:
            focus = onList && !panes.isEmpty ? .pane : .models
            return []
        case .undo where !onList:
            return startUndo()
        case .redo where !onList:
            return startRedo()
        case .reload:
            // Counts and the schema go stale when another program writes: they are read again
            // with the pane.
            modelCounts = [:]
            let effects = onList ? [] : current.map { $0.content.handle(.reload, pane: $0.id, in: &self) } ?? []
            return effects + countVisibleModels() + [.reflectSchema]
        default:
            guard !onList, let pane = current else { return handleModelList(command) }
            return pane.content.handle(command, pane: pane.id, in: &self)
        }
    }

    /// Leaves the top pane, restoring the one below as it was; from the first pane, returns to
    /// the stack that opening a model from the list replaced, or else to the model list.
    mutating func closePane() {
        guard !panes.isEmpty else { return }
        panes.removeLast()
        if panes.isEmpty, !previousPanes.isEmpty {
            swap(&panes, &previousPanes)
            status = .info("back to " + panes.map(\.title).joined(separator: " › "))
        }
        if panes.isEmpty { focus = .models }
    }

    /// `q`: back one pane, or quit from the first.
    mutating func backOrQuit() -> [Effect] {
        guard panes.count > 1 else { return quit() }
        closePane()
        return []
    }

    mutating func push(_ content: any PaneComponent, title: String) -> PaneID {
        let id = makePaneID()
        panes.append(Pane(id: id, title: title, content: content))
        focus = .pane
        return id
    }

    /// Runs `change` on the rows pane `id` when it is still open and `generation` is current.
    mutating func withRows(_ id: PaneID, generation: Int, _ change: (inout RowsPane) -> Void) {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].rows,
            pane.generation == generation
        else { return }
        change(&pane)
        panes[index].rows = pane
    }

    mutating func keepCursorsVisible() {
        let layout = Layout(size)
        modelTop = Scrolling.top(modelTop, cursor: modelCursor, visible: layout.visibleLines, count: models.count)
        for index in panes.indices { panes[index].content.keepCursorVisible(layout) }
    }
}

/// Keeping a cursor on screen.
enum Scrolling {
    /// The first line to show so that `cursor` is visible, moving `top` as little as possible
    /// and never leaving blank lines below the last of `count` lines while lines above are
    /// hidden.
    static func top(_ top: Int, cursor: Int, visible: Int, count: Int) -> Int {
        var top = top
        if cursor < top { top = cursor }
        if cursor >= top + visible { top = cursor - visible + 1 }
        return max(0, min(top, count - visible))
    }
}
