import TerminalUI

/// The form that asks for association values: one line per column that needs a value.
extension PayloadForm: ModalComponent {
    public var hints: String { "Tab next field  Enter attach  Esc cancel " }

    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let form = self
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

    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        var form = self
        switch key {
        case .escape:
            app.status = .info("nothing was attached")
            return []
        case .tab, .down:
            form.cursor = (form.cursor + 1) % max(1, form.fields.count)
        case .backTab, .up:
            form.cursor = (form.cursor + form.fields.count - 1) % max(1, form.fields.count)
        case .backspace, .delete:
            if !form.values[form.cursor].isEmpty { form.values[form.cursor].removeLast() }
        case .character(let character):
            form.values[form.cursor].append(character)
        case .enter:
            switch form.payload() {
            case .failure(let problem):
                app.status = .error(problem.message)
                if let index = form.fields.firstIndex(where: { $0.name == problem.field }) { form.cursor = index }
            case .success(let payload):
                return app.attach(form.target, in: form.paneID, payload: payload)
            }
        default:
            break
        }
        app.modal = form
        return []
    }
}
