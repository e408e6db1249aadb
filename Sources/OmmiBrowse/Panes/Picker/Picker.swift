import Ommi
import TerminalUI

/// A list of rows to choose one from, narrowed by the text typed: the rows `a` may attach in a
/// many-to-many pane, or the rows `e` (or a reference field of the `o` form) may point a
/// reference at.
public struct Picker: Sendable {
    public enum Purpose: Sendable {
        /// Attach the row chosen to the record of the many-to-many pane.
        case attach
        /// Set the reference cell to the chosen row's `column`.
        case reference(CellTarget, column: String)
        /// Fill the field under the cursor of a new row's form with the chosen row's `column`,
        /// then go back to the form.
        case formField(RowForm, column: String)
    }

    /// The pane the picker writes for.
    public var paneID: PaneID
    public var target: ModelSchema
    /// The rows offered before any text is typed: for an attach, those not attached yet.
    public var offered: Condition?
    public var purpose: Purpose = .attach
    public var text = ""
    public var rows: [DynamicRow] = []
    public var cursor = 0
    public var loading = true
    /// Why the last read failed (a locked database, say): shown in place of the rows until `r`
    /// or typing reads again.
    public var failure: String?
    var generation = 0

    /// How many candidates the picker shows.
    public static let limit = 50
}

/// The picker of rows to attach: what was typed, then the rows that match.
extension Picker: ModalComponent {
    public var hints: String {
        if failure != nil { return "r read again  Esc cancel " }
        switch purpose {
        case .reference: return "type to narrow  ↑ ↓ choose  Enter set  Ctrl-n NULL  Esc cancel "
        case .formField: return "type to narrow  ↑ ↓ choose  Enter set  Ctrl-n blank  Esc back to the form "
        case .attach: break
        }
        return "type to narrow  ↑ ↓ choose  Enter attach  Esc cancel "
    }

    private func title(_ state: AppState) -> String {
        switch purpose {
        case .attach:
            let owner =
                state.panes.first { $0.id == paneID }?.rows?.relation.map { RowName.owner($0.owner, $0.ownerRow) } ?? ""
            return "attach \(target.name) to \(owner)"
        case .reference(let cell, _):
            return "\(cell.field.name) of \(RowName.owner(cell.schema, cell.row)): choose a \(target.name)"
        case .formField(let form, _):
            let field = form.fields.indices.contains(form.cursor) ? form.fields[form.cursor].name : ""
            return "\(field) of the new row: choose a \(target.name)"
        }
    }

    public func draw(_ state: AppState, into screen: inout ScreenBuffer) {
        let picker = self
        guard
            let area = Box.draw(
                title: title(state), width: max(40, screen.width * 2 / 3), height: screen.height - 4, into: &screen)
        else {
            return
        }
        _ = screen.write(
            ("› " + picker.text.terminalSafe + "▏").tail(fittingWidth: area.width), row: area.top, column: area.left,
            maxWidth: area.width)
        let listTop = area.top + 1
        let visible = max(0, area.height - 1)
        if let failure = picker.failure {
            let message = ("could not read: " + failure + "; r reads again").terminalSafe
            _ = screen.write(message, row: listTop, column: area.left, maxWidth: area.width, style: Palette.error)
            return
        }
        if picker.rows.isEmpty {
            let message = picker.loading ? "reading…" : "no row matches"
            _ = screen.write(message, row: listTop, column: area.left, maxWidth: area.width, style: Palette.dim)
            return
        }
        let top = max(0, picker.cursor - visible + 1)
        let lines = Self.lines(picker.target, picker.rows)
        for (line, shown) in lines.dropFirst(top).prefix(visible).enumerated() {
            let index = top + line
            let text = shown.terminalSafe.fitted(toWidth: area.width)
            _ = screen.write(
                text, row: listTop + line, column: area.left, maxWidth: area.width,
                style: index == picker.cursor ? Palette.cursor : .plain)
        }
    }

    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        var picker = self
        switch key {
        case .escape:
            if case .formField(let form, _) = purpose {
                app.modal = form
                return []
            }
            if case .reference = purpose {
                app.status = .info("nothing was changed")
            } else {
                app.status = .info("nothing was attached")
            }
            return []
        case .up:
            picker.cursor = max(0, picker.cursor - 1)
        case .down:
            picker.cursor = min(max(0, picker.rows.count - 1), picker.cursor + 1)
        case .backspace, .delete:
            if !picker.text.isEmpty {
                picker.text.removeLast()
                return app.query(picker)
            }
        case .character("r") where picker.failure != nil:
            app.status = .info("reading again…")
            return app.query(picker)
        case .character, .paste:
            picker.text += key.typedText ?? ""
            return app.query(picker)
        case .control("n"):
            if case .formField(var form, _) = purpose {
                form.values[form.cursor] = ""
                form.labels[form.cursor] = nil
                app.modal = form
                return []
            }
            guard case .reference(let cell, _) = purpose else { break }
            guard cell.field.isNullable else {
                app.status = .error("\(cell.field.name) cannot be NULL")
                break
            }
            app.status = .info("saving…")
            return [.write(cell.paneID, cell.write(.null, shown: "NULL"))]
        case .enter:
            guard picker.rows.indices.contains(picker.cursor) else {
                app.status = .info(picker.loading ? "still reading rows…" : "no row to choose; Esc closes")
                break
            }
            let chosen = picker.rows[picker.cursor]
            switch purpose {
            case .attach:
                return app.choose(chosen, for: picker.paneID)
            case .formField(var form, let column):
                form.values[form.cursor] = TypedValue.editable(chosen.value(ofColumn: column, in: target) ?? .null)
                form.labels[form.cursor] = RowForm.referenceLabel(target, chosen)
                app.modal = form
                return []
            case .reference(let cell, let column):
                let value = chosen.value(ofColumn: column, in: target) ?? .null
                guard value != cell.value else {
                    app.status = .info("nothing was changed: it already refers to that row")
                    return []
                }
                app.status = .info("saving…")
                return [.write(cell.paneID, cell.write(value, shown: RecordTitle.text(target, row: chosen)))]
            }
        default:
            break
        }
        app.modal = picker
        return []
    }
}

extension AppState {
    /// Opens `picker` (again) with a read of the rows that match what was typed; only the
    /// newest read's rows are shown.
    mutating func query(_ picker: Picker) -> [Effect] {
        var picker = picker
        picker.generation += 1
        picker.loading = true
        picker.failure = nil
        var condition = picker.offered
        let text = picker.text.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty {
            let matches = TextSearch.condition(text, in: picker.target)
            condition = condition.map { $0 && matches } ?? matches
        }
        modal = picker
        return [.pick(generation: picker.generation, picker.target, condition)]
    }

    /// Places the rows a picker read, when the picker is still open on that read.
    mutating func place(_ rows: [DynamicRow], generation: Int) {
        guard var picker, picker.generation == generation else { return }
        picker.rows = rows
        picker.loading = false
        picker.cursor = min(picker.cursor, max(0, rows.count - 1))
        modal = picker
    }

    /// A picker's read failed: it stops reading and says why, in the list and on the status
    /// line, until `r` reads again.
    mutating func pickerFailed(_ text: String, generation: Int) {
        guard var picker, picker.generation == generation else { return }
        picker.loading = false
        picker.failure = text
        modal = picker
        status = .error(text)
    }
}
