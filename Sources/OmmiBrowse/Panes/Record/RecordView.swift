import Ommi
import TerminalUI

/// A record pane: `name  value` for each field, then one line per relation with its kind,
/// target and count: `author → User #3 alice`, `comments ← Comment (12)`,
/// `tags ⇄ Tag via PostTag (2)`.
enum RecordView {
    static func draw(_ pane: RecordPane, in area: PaneArea, into screen: inout ScreenBuffer) {
        guard area.width > 0, area.height > 0 else { return }
        let names = pane.schema.fields.map { $0.name.terminalSafe } + pane.relations.map { $0.name.terminalSafe }
        let nameWidth = min(max(4, names.map(\.displayWidth).max() ?? 4), max(4, area.width / 3))
        for line in 0..<area.height {
            let index = pane.top + line
            guard index < pane.lineCount else { break }
            let y = area.top + line
            let isCursor = index == pane.cursor
            let style = isCursor ? (area.focused ? Palette.cursor : Palette.cursorUnfocused) : Style.plain
            if isCursor { screen.fill(row: y, column: area.left, width: area.width, height: 1, style: style) }
            let (value, marker) = text(ofLine: index, pane)
            _ = screen.write(
                names[index].fitted(toWidth: nameWidth), row: y, column: area.left + 1, maxWidth: nameWidth,
                style: isCursor ? style : Palette.header)
            let isRelation = index >= pane.schema.fields.count
            var valueStyle = marker ? Palette.marker : isCursor ? style : isRelation ? Palette.relation : Style.plain
            valueStyle.reverse = style.reverse
            let left = area.left + nameWidth + 3
            _ = screen.write(
                value.truncated(toWidth: max(0, area.width - nameWidth - 3)), row: y, column: left,
                maxWidth: max(0, area.width - nameWidth - 3), style: valueStyle)
        }
    }

    /// The value part of a line, and whether it is a marker (NULL, BLOB, not yet known).
    static func text(ofLine index: Int, _ pane: RecordPane) -> (String, Bool) {
        if index < pane.schema.fields.count {
            let value = pane.row.values.indices.contains(index) ? pane.row.values[index] : .null
            switch value {
            case .null: return ("NULL", true)
            case .blob(let data): return ("[BLOB " + ValueText.size(data.count) + "]", true)
            default: return (ValueText.cellText(value, limit: 4096).terminalSafe, false)
            }
        }
        let relation = pane.relations[index - pane.schema.fields.count]
        let target = TableName.display(relation.target.tableName).terminalSafe
        let summary = pane.summaries[relation.name]
        switch relation.kind {
        case .toOne:
            switch summary {
            case .target(let key, let label)?:
                return ("→ \(target) #\(key.terminalSafe)" + (label.map { " " + $0.terminalSafe } ?? ""), false)
            case .none?: return ("→ \(target) (none)", true)
            case .failed(let message)?: return ("→ \(target) (\(message.terminalSafe))", true)
            case .count, nil: return ("→ \(target) …", true)
            }
        case .toMany:
            return ("← \(target) " + countText(summary), false)
        case .manyToMany:
            return (
                "⇄ \(target) via \(relation.through.map { TableName.display($0.tableName).terminalSafe } ?? "?") "
                    + countText(summary), false
            )
        }
    }

    private static func countText(_ summary: RelationSummary?) -> String {
        switch summary {
        case .count(let number)?: "(\(ValueText.grouped(number)))"
        case .failed(let message)?: "(\(message.terminalSafe))"
        case .none?: "(0)"
        default: "(…)"
        }
    }
}
