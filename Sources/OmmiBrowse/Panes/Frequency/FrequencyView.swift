import Ommi
import TerminalUI

/// A frequency pane: a header, then one line per value with its count, its share of the rows
/// and a bar as long as the share.
enum FrequencyView {
    static let countTitle = "count"
    static let shareTitle = "share"
    /// The widest the value column grows.
    static let maximumValueWidth = 40

    static func draw(_ pane: FrequencyPane, in area: PaneArea, into screen: inout ScreenBuffer) {
        guard area.width > 0, area.height > 0 else { return }
        let visible = max(0, area.height - 1)
        let shown = (0..<visible).compactMap { line -> (Int, GroupCount<DatabaseValue>)? in
            let index = pane.top + line - pane.start
            return pane.entries.indices.contains(index) ? (line, pane.entries[index]) : nil
        }
        let cells = shown.map { CellText.of($0.1.value, label: nil) }
        let countWidth = max(countTitle.count, shown.map { ValueText.grouped($0.1.count).count }.max() ?? 0)
        let shareWidth = 6
        let natural = max(pane.column.terminalSafe.displayWidth, cells.map(\.text.displayWidth).max() ?? 0)
        let valueWidth = max(1, min(natural, maximumValueWidth, area.width - countWidth - shareWidth - 3))
        let barLeft = area.left + valueWidth + countWidth + shareWidth + 3
        let barWidth = max(0, min(30, area.left + area.width - barLeft - 1))
        let header =
            pane.column.terminalSafe.fitted(toWidth: valueWidth) + " "
            + String(repeating: " ", count: countWidth - countTitle.count) + countTitle + " "
            + String(repeating: " ", count: shareWidth - shareTitle.count) + shareTitle
        _ = screen.write(header, row: area.top, column: area.left, maxWidth: area.width, style: Palette.header)
        if shown.isEmpty {
            let message = pane.loading ? "counting values…" : "no rows to count"
            _ = screen.write(
                message, row: area.top + 1, column: area.left + 1, maxWidth: area.width - 1, style: Palette.dim)
            return
        }
        for ((line, entry), cell) in zip(shown, cells) {
            let y = area.top + 1 + line
            let isCursor = pane.top + line == pane.cursor
            let style = isCursor ? (area.focused ? Palette.cursor : Palette.cursorUnfocused) : Style.plain
            if isCursor { screen.fill(row: y, column: area.left, width: area.width, height: 1, style: style) }
            var valueStyle = cell.isMarker ? Palette.dim : style
            valueStyle.reverse = style.reverse
            _ = screen.write(
                cell.text.fitted(toWidth: valueWidth), row: y, column: area.left, maxWidth: valueWidth,
                style: valueStyle)
            let count = ValueText.grouped(entry.count)
            let share = Share(count: entry.count, of: pane.rows ?? 0)
            let numbers =
                String(repeating: " ", count: countWidth - count.count) + count + " "
                + String(repeating: " ", count: max(0, shareWidth - share.text.count)) + share.text
            _ = screen.write(
                numbers, row: y, column: area.left + valueWidth + 1, maxWidth: countWidth + shareWidth + 1, style: style
            )
            let bar = String(repeating: "█", count: share.cells(of: barWidth))
            _ = screen.write(bar, row: y, column: barLeft, maxWidth: barWidth, style: style)
        }
    }
}

/// A count's part of a whole, as the frequency pane shows it.
struct Share: Equatable {
    var count: Int
    var whole: Int

    init(count: Int, of whole: Int) {
        self.count = count
        self.whole = whole
    }

    /// In tenths of a percent, rounded half up.
    var permille: Int {
        whole > 0 ? (count * 1000 + whole / 2) / whole : 0
    }

    /// `22.0%`, or blank while the whole is not known.
    var text: String {
        whole > 0 ? "\(permille / 10).\(permille % 10)%" : ""
    }

    /// How many of `width` cells a bar of this share fills: at least one for any count.
    func cells(of width: Int) -> Int {
        guard whole > 0, count > 0 else { return 0 }
        return max(1, (count * width + whole / 2) / whole)
    }
}
