import Ommi

extension AppState {
    /// `v`: the whole value of the cell under the cursor, in the viewer; a BLOB the rows pane
    /// holds only the length of is read first.
    mutating func startView() -> [Effect] {
        guard let cell = cellOnCursor() else { return [] }
        if case .integer = cell.value, current?.rows?.readsLength(of: cell.field.column) == true {
            status = .info("reading \(cell.field.name)…")
            return [.readValue(cell.paneID, cell)]
        }
        show(cell, cell.value)
        return []
    }

    /// Opens the viewer on `value`, the whole value of `cell`.
    mutating func show(_ cell: CellTarget, _ value: DatabaseValue) {
        modal = ValueViewer(title: "\(cell.field.name) of \(RowName.owner(cell.schema, cell.row))", value: value)
    }

    /// `y`: the cell under the cursor to the clipboard; `Y`: the whole row, tab-separated.
    mutating func copy(wholeRow: Bool) -> [Effect] {
        guard let cell = cellOnCursor() else { return [] }
        let text: String
        if wholeRow {
            text = cell.schema.fields.map {
                shownText(cell.row.value(ofColumn: $0.column, in: cell.schema) ?? .null, $0.column)
            }
            .joined(separator: "\t")
            status = .info("copied \(RowName.owner(cell.schema, cell.row)) to the clipboard (tab-separated)")
        } else {
            text = cell.value.isNull ? "" : shownText(cell.value, cell.field.column)
            status = .info("copied \(cell.field.name) (\(ValueText.grouped(text.count)) characters) to the clipboard")
        }
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
