import Ommi
import TerminalUI

/// The form in a box: one line per column, `name* (TYPE)` then the value typed, the default
/// shown dim while a field is blank.
extension RowForm: ModalComponent {
    public var hints: String { "Tab next field  Enter \(verb)  Esc cancel " }

    private var verb: String {
        if case .insert = purpose { return "insert" }
        return "attach"
    }

    private var title: String {
        switch purpose {
        case .attach: "values for the new link"
        case .insert(let schema): "new \(schema.name)"
        }
    }

    private func label(_ field: FieldSchema) -> String {
        field.name.terminalSafe + (Self.isRequired(field) ? "*" : "") + " (" + field.declaredType.terminalSafe + ")"
    }

    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let labelWidth = min(max(12, screen.width / 2 - 4), fields.map { label($0).displayWidth }.max() ?? 4)
        let width = max(40, min(screen.width - 2, labelWidth + 36))
        guard let area = Box.draw(title: title, width: width, height: fields.count + 2, into: &screen) else { return }
        let top = max(0, cursor - area.height + 1)
        for (line, index) in fields.indices.dropFirst(top).prefix(area.height).enumerated() {
            let y = area.top + line
            let field = fields[index]
            _ = screen.write(
                label(field).fitted(toWidth: labelWidth), row: y, column: area.left, maxWidth: labelWidth,
                style: Palette.header)
            let left = area.left + labelWidth + 1
            let room = max(0, area.width - labelWidth - 1)
            let isCursor = index == cursor
            if values[index].isEmpty, let fallback = field.defaultSQL ?? (field.isNullable ? "NULL" : nil), !isCursor {
                _ = screen.write(
                    ("= " + fallback).terminalSafe.truncated(toWidth: room), row: y, column: left, maxWidth: room,
                    style: Palette.dim)
                continue
            }
            if values[index].isEmpty, isCursor, let reference = referenceTarget(index, app) {
                _ = screen.write(
                    "▏type to choose a \(reference.target.name)".terminalSafe.truncated(toWidth: room), row: y,
                    column: left, maxWidth: room, style: Palette.cursor)
                continue
            }
            let label = labels[index].map { " (" + $0 + ")" } ?? ""
            let value = (values[index] + label).terminalSafe + (isCursor ? "▏" : "")
            _ = screen.write(
                value.tail(fittingWidth: room), row: y, column: left, maxWidth: room,
                style: isCursor ? Palette.cursor : .plain)
        }
    }

    /// The model a field of a new row refers to, when the field is a reference: typing on it
    /// opens the picker over that model instead of taking the text.
    private func referenceTarget(_ index: Int, _ app: AppState) -> (target: ModelSchema, column: String)? {
        guard case .insert(let schema) = purpose, fields.indices.contains(index) else { return nil }
        return app.referenceTarget(of: fields[index].column, in: schema)
    }

    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        var form = self
        switch key {
        case .escape:
            app.status = .info(verb == "insert" ? "nothing was inserted" : "nothing was attached")
            return []
        case .tab, .down:
            form.cursor = (form.cursor + 1) % max(1, form.fields.count)
        case .backTab, .up:
            form.cursor = (form.cursor + form.fields.count - 1) % max(1, form.fields.count)
        case .backspace, .delete:
            if !form.values[form.cursor].isEmpty { form.values[form.cursor].removeLast() }
            form.labels[form.cursor] = nil
        case .control("u"):
            form.values[form.cursor] = ""
            form.labels[form.cursor] = nil
        case .character, .paste:
            let typed = key.typedText ?? ""
            if let reference = referenceTarget(form.cursor, app) {
                var picker = Picker(
                    paneID: paneID, target: reference.target, offered: nil,
                    purpose: .formField(form, column: reference.column))
                picker.text = typed.trimmingCharacters(in: .whitespaces)
                return app.query(picker)
            }
            form.values[form.cursor] += typed
        case .enter:
            switch form.payload() {
            case .failure(let problem):
                app.status = .error(problem.message)
                if let index = form.fields.firstIndex(where: { $0.name == problem.field }) { form.cursor = index }
            case .success(let payload):
                switch purpose {
                case .attach(let target): return app.attach(target, in: paneID, payload: payload)
                case .insert(let schema): return app.insert(payload, into: schema, for: paneID)
                }
            }
        default:
            break
        }
        app.modal = form
        return []
    }
}
