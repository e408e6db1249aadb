import Ommi

extension AppState {
    /// `v`: the whole value of the cell under the cursor, in the viewer; a BLOB the rows pane
    /// holds only the length of, or a text it holds only the start of, is read first.
    mutating func startView() -> [Effect] {
        guard let cell = cellOnCursor() else { return [] }
        if holdsPart(cell) { return readWhole(cell, for: .view) }
        show(cell, cell.value)
        return []
    }

    /// Whether the pane holds less than the whole value of `cell`: a BLOB's length, or the start
    /// of a long text.
    func holdsPart(_ cell: CellTarget) -> Bool {
        if case .integer = cell.value, current?.rows?.readsLength(of: cell.field.column) == true { return true }
        return ShownRows.mayBeCut(cell.value)
    }

    /// Asks for the whole value of `cell`, saying so in the status line.
    mutating func readWhole(_ cell: CellTarget, for use: ValueUse) -> [Effect] {
        status = .info("reading \(cell.field.name)…")
        return [.readValue(cell.paneID, cell, use)]
    }

    /// Goes on with what the whole `value` of `cell` was read for.
    mutating func use(_ value: DatabaseValue, of cell: CellTarget, for use: ValueUse) -> [Effect] {
        switch use {
        case .view:
            show(cell, value)
            return []
        case .edit:
            var whole = cell
            if let index = cell.schema.fieldIndex(ofColumn: cell.field.column), whole.row.values.indices.contains(index)
            {
                whole.row.values[index] = value
            }
            modal = CellEditor(whole)
            return []
        case .copy:
            return copied(cell, value.isNull ? "" : ValueText.plain(value))
        }
    }

    /// Opens the viewer on `value`, the whole value of `cell`.
    mutating func show(_ cell: CellTarget, _ value: DatabaseValue) {
        modal = ValueViewer(title: "\(cell.field.name) of \(RowName.owner(cell.schema, cell.row))", value: value)
    }

    /// `y`: the cell under the cursor to the clipboard; `Y`: the whole row, tab-separated.
    mutating func copy(wholeRow: Bool) -> [Effect] {
        guard let cell = cellOnCursor() else { return [] }
        if !wholeRow && ShownRows.mayBeCut(cell.value) { return readWhole(cell, for: .copy) }
        if wholeRow {
            if let cut = cell.schema.fields.first(where: {
                ShownRows.mayBeCut(cell.row.value(ofColumn: $0.column, in: cell.schema) ?? .null)
            }) {
                status = .error("\(cut.name) is too long to copy with its row: y on it copies it alone")
                return []
            }
            let text = cell.schema.fields.map {
                shownText(cell.row.value(ofColumn: $0.column, in: cell.schema) ?? .null, $0.column)
            }
            .joined(separator: "\t")
            status = .info("copied \(RowName.owner(cell.schema, cell.row)) to the clipboard (tab-separated)")
            return [.copy(text)]
        }
        return copied(cell, cell.value.isNull ? "" : shownText(cell.value, cell.field.column))
    }

    /// Puts `text`, the value of `cell`, on the clipboard, saying so.
    private mutating func copied(_ cell: CellTarget, _ text: String) -> [Effect] {
        status = .info("copied \(cell.field.name) (\(ValueText.grouped(text.count)) characters) to the clipboard")
        return [.copy(text)]
    }

    /// A value of the pane on top as text, a BLOB the pane holds the length of as its size.
    private func shownText(_ value: DatabaseValue, _ column: String) -> String {
        if case .integer(let length) = value, current?.rows?.readsLength(of: column) == true {
            return ValueText.blob(size: Int(length))
        }
        return ValueText.plain(value)
    }
}
