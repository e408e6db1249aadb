import Ommi
import TerminalUI

extension Prompt {
    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        var prompt = self
        switch key {
        case .escape:
            return []
        case .enter:
            return app.submit(prompt)
        case .backspace where prompt.text.isEmpty, .delete where prompt.text.isEmpty:
            // Backspace on an empty line closes the prompt.
            return []
        default:
            _ = prompt.text.applyEditing(key)
        }
        app.modal = prompt
        return []
    }
}

extension AppState {
    /// Runs the search or applies the filter typed; a filter that does not parse stays open
    /// with the error above it.
    fileprivate mutating func submit(_ prompt: Prompt) -> [Effect] {
        guard let index = panes.indices.last, var pane = panes[index].rows else { return [] }
        let id = panes[index].id
        switch prompt.purpose {
        case .search:
            let text = prompt.text
            guard !text.isEmpty else { return [] }
            pane.search = text
            panes[index].rows = pane
            return search(id, SearchUnderWay(text: text, from: pane.currentRow, forward: true))
        case .filter:
            let text = prompt.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty {
                guard pane.filter != nil else { return [] }
                pane.filter = nil
                pane.filterText = nil
                status = .info("filter cleared")
            } else {
                do {
                    let expression = try FilterExpression(parsing: text, schema: pane.schema, catalog: catalog)
                    pane.filter = expression.condition
                    pane.filterText = expression.text
                    status = .info("filter: \(expression.text)")
                } catch {
                    modal = prompt
                    status = .error("filter: \(error.description)")
                    return []
                }
            }
            pane.firstColumn = min(pane.firstColumn, max(0, pane.columns.count - 1))
            panes[index].rows = pane
            return reloadRows(id, anchor: nil, recount: true)
        case .column:
            let wanted = prompt.text.lowercased()
            let names = pane.columns.map { $0.lowercased() }
            guard !wanted.isEmpty,
                let found = names.firstIndex(where: { $0.hasPrefix(wanted) })
                    ?? names.firstIndex(where: { $0.contains(wanted) })
            else {
                status = .error("no column is called like \"\(prompt.text)\"")
                return []
            }
            pane.firstColumn = found
            panes[index].rows = pane
            return []
        case .export:
            return submitExport(prompt, pane: pane)
        }
    }
}
