import Ommi
import TerminalUI

@testable import OmmiBrowse

/// ``update(_:_:)`` driven by hand over ``BlogSchemas``: keys go in one at a time, results of
/// reads are made up by the test, and the effects of the last step are kept for inspection.
struct UpdateDriver {
    var state: AppState
    /// The effects of the last call, as ``update(_:_:)`` returned them.
    private(set) var effects: [Effect] = []

    init(size: ScreenSize = ScreenSize(width: 80, height: 24)) {
        state = AppState(models: BlogSchemas.models, size: size)
    }

    /// Sends keys in order; returns the effects of all of them.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Asked] {
        press(keys)
    }

    @discardableResult
    mutating func press(_ keys: [Key]) -> [Asked] {
        var all: [Effect] = []
        for key in keys { all += update(&state, .key(key)) }
        effects = all
        return all.map(Asked.init)
    }

    /// Types text into a prompt, one character key per character.
    @discardableResult
    mutating func type(_ text: String) -> [Asked] {
        press(text.map { Key.character($0) })
    }

    @discardableResult
    mutating func receive(_ message: Message) -> [Asked] {
        effects = update(&state, message)
        return effects.map(Asked.init)
    }

    /// Answers the last `loadRows` effect with `rows`, as the effect runner would.
    @discardableResult
    mutating func answerLoad(
        with rows: [DynamicRow], start: Int? = nil, exhausted: Bool, total: Int? = nil, cursor: Int? = nil
    ) -> [Asked] {
        guard let (id, generation, request) = lastLoad else { return [] }
        let result = RowsResult(
            rows: rows, placement: request.placement, start: start ?? startOf(request.placement),
            exhausted: exhausted, total: total, labels: [:], cursor: cursor)
        return receive(.rowsLoaded(id, generation: generation, result))
    }

    /// Opens the rows of `Post` from the model list (the second model by name, after `Author`)
    /// and answers the first read with `rows`; returns the pane.
    @discardableResult
    mutating func openPosts(rows: [DynamicRow] = BlogSchemas.posts(1...30), exhausted: Bool = true) -> PaneID {
        press(.down, .enter)
        let id = state.current!.id
        answerLoad(with: rows, exhausted: exhausted)
        return id
    }

    /// The rows pane on top of the stack.
    var rows: RowsPane? { state.current?.rows }
    /// The record pane on top of the stack.
    var record: RecordPane? { state.current?.record }

    private var lastLoad: (PaneID, Int, RowsRequest)? {
        for effect in effects.reversed() {
            if case .loadRows(let id, let generation, let request) = effect { return (id, generation, request) }
        }
        return nil
    }

    private func startOf(_ placement: RowsRequest.Placement) -> Int? {
        if case .jump = placement { return 0 }
        return nil
    }
}

/// Identifying rows in expectations by their first value, the key of every ``BlogSchemas`` model.
extension DynamicRow {
    var key: Int64? {
        if case .integer(let value)? = values.first { return value }
        return nil
    }
}
