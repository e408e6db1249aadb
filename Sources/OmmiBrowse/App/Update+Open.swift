import Ommi

extension AppState {
    /// Starts at the pane a target names: a model's rows, a record, or a relation's rows, with
    /// the panes before it on the stack so that Esc walks back through them.
    public mutating func open(_ target: PaneTarget) -> [Effect] {
        if let index = models.firstIndex(where: { $0.tableName == target.schema.tableName }) {
            modelCursor = index
            keepCursorsVisible()
        }
        panes = []
        previousPanes = []
        let rowsID = push(RowsPane(schema: target.schema), title: target.schema.name)
        var effects = reloadRows(rowsID, anchor: target.row, recount: true)
        guard let row = target.row else { return effects }
        var record = RecordPane(schema: target.schema, row: row)
        if let relation = target.relation, let line = record.relations.firstIndex(where: { $0.name == relation.name }) {
            record.cursor = target.schema.fields.count + line
            record.top = Scrolling.top(
                0, cursor: record.cursor, visible: Layout(size).visibleLines, count: record.lineCount)
        }
        let recordID = push(record, title: RecordTitle.text(target.schema, row: row))
        effects.append(.summarizeRelations(recordID, target.schema, row, record.relations))
        if target.relation != nil { effects += record.handle(.open, pane: recordID, in: &self) }
        return effects
    }
}
