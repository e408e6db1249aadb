import Ommi
import TerminalUI

/// A box drawn over the screen, with a title on its top border.
enum Box {
    /// Draws an empty box and returns its inner area.
    static func draw(title: String, width: Int, height: Int, into screen: inout ScreenBuffer) -> PaneArea? {
        let width = min(screen.width, width)
        let height = min(screen.height - 2, height)
        guard width > 4, height > 2 else { return nil }
        let left = (screen.width - width) / 2
        let top = max(1, (screen.height - height) / 2)
        screen.fill(row: top, column: left, width: width, height: height)
        _ = screen.write("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: Palette.frame)
        for line in 1..<(height - 1) {
            _ = screen.write("│", row: top + line, column: left, style: Palette.frame)
            _ = screen.write("│", row: top + line, column: left + width - 1, style: Palette.frame)
        }
        _ = screen.write("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: Palette.frame)
        _ = screen.write(" " + title.terminalSafe.truncated(toWidth: width - 6) + " ", row: top, column: left + 2, maxWidth: width - 4, style: Palette.header)
        return PaneArea(top: top + 1, left: left + 2, width: width - 4, height: height - 2, focused: true)
    }
}

/// The picker of rows to attach: what was typed, then the rows that match.
enum PickerView {
    static func draw(_ picker: Picker, state: AppState, into screen: inout ScreenBuffer) {
        let owner = state.panes.first { $0.id == picker.paneID }?.rows?.relation.map { RowName.owner($0.owner, $0.ownerRow) } ?? ""
        let title = "attach \(picker.target.name) to \(owner)"
        guard let area = Box.draw(title: title, width: max(40, screen.width * 2 / 3), height: screen.height - 4, into: &screen) else {
            return
        }
        _ = screen.write(("› " + picker.text.terminalSafe + "▏").tail(fittingWidth: area.width), row: area.top, column: area.left, maxWidth: area.width)
        let listTop = area.top + 1
        let visible = max(0, area.height - 1)
        if picker.rows.isEmpty {
            let message = picker.loading ? "reading…" : "no row left to attach matches"
            _ = screen.write(message, row: listTop, column: area.left, maxWidth: area.width, style: Palette.dim)
            return
        }
        let top = max(0, picker.cursor - visible + 1)
        for (line, row) in picker.rows.dropFirst(top).prefix(visible).enumerated() {
            let index = top + line
            let text = RecordTitle.text(picker.target, row: row).terminalSafe.fitted(toWidth: area.width)
            _ = screen.write(text, row: listTop + line, column: area.left, maxWidth: area.width, style: index == picker.cursor ? Palette.cursor : .plain)
        }
    }
}

/// The form that asks for association values: one line per column that needs a value.
enum PayloadFormView {
    static func draw(_ form: PayloadForm, into screen: inout ScreenBuffer) {
        let nameWidth = min(24, form.fields.map { $0.name.terminalSafe.displayWidth }.max() ?? 4)
        guard let area = Box.draw(title: "values for the new link", width: max(40, nameWidth + 30), height: form.fields.count + 3, into: &screen) else {
            return
        }
        for (index, field) in form.fields.enumerated() where index < area.height - 1 {
            let y = area.top + index
            let label = (field.name.terminalSafe + " (" + field.declaredType.terminalSafe + ")").fitted(toWidth: nameWidth + 12)
            _ = screen.write(label, row: y, column: area.left, maxWidth: area.width, style: Palette.header)
            let value = form.values[index].terminalSafe + (index == form.cursor ? "▏" : "")
            let left = area.left + nameWidth + 13
            let room = max(0, area.width - nameWidth - 13)
            _ = screen.write(value.tail(fittingWidth: room), row: y, column: left, maxWidth: room, style: index == form.cursor ? Palette.cursor : .plain)
        }
    }
}
