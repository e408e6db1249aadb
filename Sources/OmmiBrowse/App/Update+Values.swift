import Ommi

extension AppState {
    /// `v`: the whole value of the cell under the cursor, in the viewer.
    mutating func startView() -> [Effect] {
        guard let cell = cellOnCursor() else { return [] }
        modal = ValueViewer(title: "\(cell.field.name) of \(RowName.owner(cell.schema, cell.row))", value: cell.value)
        return []
    }

    /// `y`: the cell under the cursor to the clipboard; `Y`: the whole row, tab-separated.
    mutating func copy(wholeRow: Bool) -> [Effect] {
        guard let cell = cellOnCursor() else { return [] }
        let text: String
        if wholeRow {
            text = cell.schema.fields.map { ValueText.plain(cell.row.value(ofColumn: $0.column, in: cell.schema) ?? .null) }
                .joined(separator: "\t")
            status = .info("copied \(RowName.owner(cell.schema, cell.row)) to the clipboard (tab-separated)")
        } else {
            text = cell.value.isNull ? "" : ValueText.plain(cell.value)
            status = .info("copied \(cell.field.name) (\(ValueText.grouped(text.count)) characters) to the clipboard")
        }
        return [.copy(text)]
    }
}
