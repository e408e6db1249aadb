import Ommi
import TerminalUI

/// The browser's one state transition: a message changes the state and may ask for effects.
/// Pure: it reads nothing and writes nothing but `state`.
public func update(_ state: inout AppState, _ message: Message) -> [Effect] {
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
    case .rowsCounted(let id, let generation, let total):
        state.withRows(id, generation: generation) { pane in pane.total = total }
        return []
    case .relationSummarized(let id, let name, let summary):
        guard let index = state.panes.firstIndex(where: { $0.id == id }) else { return [] }
        state.panes[index].record?.summaries[name] = summary
        return []
    case .searchMissed(let id, let text):
        guard state.current?.id == id else { return [] }
        state.status = .info("no more rows contain \"\(text)\"")
        return []
    case .pickerLoaded(let generation, let rows):
        guard var picker = state.picker, picker.generation == generation else { return [] }
        picker.rows = rows
        picker.loading = false
        picker.cursor = min(picker.cursor, max(0, rows.count - 1))
        state.picker = picker
        return []
    case .associationChanged(_, let change, let description, let undo):
        return state.applyChange(change, description: description, undo: undo)
    case .associationRefused(_, let text, let reload):
        state.status = .error(text)
        return reload ? state.refreshAfterChange() : []
    case .failed(let id, let text):
        if let id, let index = state.panes.firstIndex(where: { $0.id == id }) {
            state.panes[index].rows?.loading = false
        } else if id != nil {
            return []
        }
        state.status = .error(text)
        return []
    }
}

extension AppState {
    /// The effects that start a session: counting the models the list shows.
    public mutating func start() -> [Effect] {
        countVisibleModels()
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if key == .control("c") {
            quitting = true
            return [.quit]
        }
        if key == .resize { return [] }
        if confirmation != nil { return handleConfirmationKey(key) }
        if form != nil { return handleFormKey(key) }
        if picker != nil { return handlePickerKey(key) }
        if prompt != nil { return handlePromptKey(key) }
        if showingHelp {
            showingHelp = false
            return []
        }
        guard let command = Command(key: key) else {
            status = .info("\(key) does nothing here; ? lists the keys")
            return []
        }
        status = nil
        switch command {
        case .help:
            showingHelp = true
            return []
        case .quitNow:
            quitting = true
            return [.quit]
        default:
            break
        }
        if focus == .models || panes.isEmpty { return handleModelList(command) }
        switch current?.content {
        case .rows: return handleRows(command)
        case .record: return handleRecord(command)
        case nil: return []
        }
    }

    /// Leaves the top pane, restoring the one below as it was; from the first pane, returns to
    /// the model list.
    mutating func closePane() {
        guard !panes.isEmpty else { return }
        panes.removeLast()
        if panes.isEmpty { focus = .models }
    }

    /// `q`: back one pane, or quit from the first.
    mutating func backOrQuit() -> [Effect] {
        guard panes.count > 1 else {
            quitting = true
            return [.quit]
        }
        closePane()
        return []
    }

    mutating func push(_ content: Pane.Content, title: String) -> PaneID {
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
        for index in panes.indices {
            switch panes[index].content {
            case .rows(var pane):
                pane.top = Scrolling.top(pane.top, cursor: pane.cursor, visible: layout.visibleRows, count: pane.knownCount)
                panes[index].content = .rows(pane)
            case .record(var pane):
                pane.top = Scrolling.top(pane.top, cursor: pane.cursor, visible: layout.visibleLines, count: pane.lineCount)
                panes[index].content = .record(pane)
            }
        }
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
