import Ommi
import TerminalUI

/// A rows pane: a header of column names, then one line per row, columns fitted to their
/// contents: the key columns frozen at the left, then the others from the cursor's column
/// (``RowsPane/firstColumn``) on, the cursor's cell highlighted.
enum RowsView {
    static let maximumColumnWidth = 32

    static func draw(_ pane: RowsPane, in area: PaneArea, into screen: inout ScreenBuffer) {
        guard area.width > 0, area.height > 0 else { return }
        let shown = shownRows(pane, in: area)
        let columns = fittedColumns(pane, rows: shown.map(\.row), width: area.width)
        let cursorColumn = pane.columns.indices.contains(pane.firstColumn) ? pane.columns[pane.firstColumn] : nil
        for column in columns {
            var title = column.name.terminalSafe
            if pane.sort?.column.column == column.name { title += pane.sort?.descending == true ? " ▼" : " ▲" }
            var style = pane.schema.keyColumns.contains(column.name) ? Palette.keyHeader : Palette.header
            style.reverse = column.name == cursorColumn
            _ = screen.write(
                title.fitted(toWidth: column.width), row: area.top, column: area.left + column.left,
                maxWidth: column.width, style: style)
        }
        if shown.isEmpty {
            if pane.gone == nil, let failure = pane.failure, !pane.loading {
                let message = ("could not read rows: " + failure + "; r reads again").terminalSafe
                _ = screen.write(
                    message, row: area.top + 1, column: area.left + 1, maxWidth: area.width - 1, style: Palette.error)
                return
            }
            let message =
                pane.gone
                ?? (pane.loading ? "reading rows…" : pane.filter != nil ? "no row matches the filter" : "no rows")
            _ = screen.write(
                message, row: area.top + 1, column: area.left + 1, maxWidth: area.width - 1, style: Palette.dim)
            return
        }
        for (line, row) in shown {
            let y = area.top + 1 + line
            let isCursor = pane.top + line == pane.cursor
            let rowStyle =
                isCursor
                ? (area.focused ? Palette.cursor : Palette.cursorUnfocused)
                : pane.changedRows.contains(row) ? Palette.changedElsewhere : Style.plain
            if isCursor { screen.fill(row: y, column: area.left, width: area.width, height: 1, style: rowStyle) }
            for column in columns {
                let value = row.value(ofColumn: column.name, in: pane.schema) ?? .null
                let cell = CellText.of(
                    value, label: pane.labels[column.name]?[value], blobLength: pane.readsLength(of: column.name))
                var style = cell.isMarker ? Palette.marker : rowStyle
                if isCursor { style.reverse = rowStyle.reverse }
                if isCursor, !area.focused { style.bold = true }
                if isCursor, column.name == cursorColumn {
                    style.bold = true
                    style.underline = true
                }
                _ = screen.write(
                    cell.text.fitted(toWidth: column.width), row: y, column: area.left + column.left,
                    maxWidth: column.width, style: style)
            }
        }
    }

    /// The rows on screen in `area`, each with its line below the header, from 0.
    static func shownRows(_ pane: RowsPane, in area: PaneArea) -> [(line: Int, row: DynamicRow)] {
        (0..<max(0, area.height - 1)).compactMap { line in pane.window.row(at: pane.top + line).map { (line, $0) } }
    }

    struct FittedColumn {
        var name: String
        /// Where the column starts, from the left edge of the pane.
        var left = 0
        var width: Int
    }

    /// The columns from the first shown one that fit in `width`, each as wide as its widest
    /// shown value (up to a maximum), the last one cut to what is left. When every column fits
    /// with room to spare, the room goes to the columns the maximum cut, in order, so no text is
    /// cut beside empty space.
    static func fittedColumns(_ pane: RowsPane, rows: [DynamicRow], width: Int) -> [FittedColumn] {
        var fitted: [FittedColumn] = []
        var naturals: [Int] = []
        var used = 0
        for name in pane.shownColumns {
            guard used < width else { break }
            var natural = name.terminalSafe.displayWidth + 2
            for row in rows {
                let value = row.value(ofColumn: name, in: pane.schema) ?? .null
                natural = max(
                    natural,
                    CellText.of(value, label: pane.labels[name]?[value], blobLength: pane.readsLength(of: name)).text
                        .displayWidth)
            }
            let columnWidth = min(max(3, natural), maximumColumnWidth, width - used)
            fitted.append(FittedColumn(name: name, width: columnWidth))
            naturals.append(natural)
            used += columnWidth + 1
        }
        var room = width - (used - 1)
        for index in fitted.indices where room > 0 && naturals[index] > fitted[index].width {
            let extra = min(room, naturals[index] - fitted[index].width)
            fitted[index].width += extra
            room -= extra
        }
        var left = 0
        for index in fitted.indices {
            fitted[index].left = left
            left += fitted[index].width + 1
        }
        return fitted
    }
}

/// What one cell shows: the value made safe, NULL and BLOBs as markers, a reference with the
/// label of the row it points at.
struct CellText {
    var text: String
    /// NULL or a BLOB: shown dim so they cannot be mistaken for text.
    var isMarker: Bool

    /// - Parameter blobLength: the value is the length of a BLOB, as the rows pane reads them.
    static func of(_ value: DatabaseValue, label: String?, blobLength: Bool = false) -> CellText {
        switch value {
        case .null: return CellText(text: "NULL", isMarker: true)
        case .blob(let data): return CellText(text: "[" + ValueText.size(data.count) + "]", isMarker: true)
        case .integer(let length) where blobLength:
            return CellText(text: "[" + ValueText.size(Int(length)) + "]", isMarker: true)
        default:
            var text = ValueText.cellText(value).terminalSafe
            if let label { text += " (" + label.prefix(80).terminalSafe + ")" }
            return CellText(text: text, isMarker: false)
        }
    }
}
