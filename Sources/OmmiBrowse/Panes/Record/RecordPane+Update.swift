import Ommi

extension RecordPane {
    public func handle(_ command: Command, pane id: PaneID, in app: inout AppState) -> [Effect] {
        app.handleRecord(command, pane: id)
    }
}

extension AppState {
    fileprivate mutating func handleRecord(_ command: Command, pane id: PaneID) -> [Effect] {
        guard let index = panes.firstIndex(where: { $0.id == id }), var pane = panes[index].record else { return [] }
        let visible = Layout(size).visibleLines
        var target = pane.cursor
        switch command {
        case .up: target -= 1
        case .down: target += 1
        case .pageUp: target -= visible
        case .pageDown: target += visible
        case .first: target = 0
        case .last: target = pane.lineCount - 1
        case .open: return openRelation()
        case .edit: return startEdit()
        case .view: return startView()
        case .copyCell, .copyRow: return copy(wholeRow: command == .copyRow)
        case .reload:
            return [.summarizeRelations(id, pane.schema, pane.row, pane.relations)]
        default:
            status = .info("Enter on a relation opens its rows")
            return []
        }
        pane.cursor = min(max(0, target), max(0, pane.lineCount - 1))
        pane.top = Scrolling.top(pane.top, cursor: pane.cursor, visible: visible, count: pane.lineCount)
        panes[index].record = pane
        return []
    }

    /// Opens the rows of the relation (or reference) under the cursor of the record pane; on
    /// any other field, shows its whole value.
    private mutating func openRelation() -> [Effect] {
        guard let record = current?.record else { return [] }
        guard let relation = record.currentRelation ?? record.referenceOnCursor else { return startView() }
        let resolved: ResolvedRelation
        do {
            resolved = try ResolvedRelation.resolve(relation, of: record.schema, in: catalog)
        } catch {
            status = .error("\(relation.name): \((error as? OmmiError)?.message ?? "\(error)")")
            return []
        }
        let ownerValues = resolved.ownerColumns.map { record.row.value(ofColumn: $0, in: record.schema) ?? .null }
        guard let scope = resolved.targetCondition(ownerValues: ownerValues) else {
            status = .info("\(relation.name) is empty: the reference is NULL")
            return []
        }
        let context = RelationContext(
            owner: record.schema, ownerRow: record.row, name: relation.name, kind: relation.kind)
        let pane = RowsPane(schema: resolved.target, scope: scope, relation: context)
        let id = push(pane, title: relation.name)
        return reloadRows(id, anchor: nil, recount: true)
    }
}
