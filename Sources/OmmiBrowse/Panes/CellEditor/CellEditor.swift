import Ommi
import TerminalUI

/// The editor `e` opens on a cell: the value as text, typed over, checked against the column's
/// type before anything is written; `Ctrl-n` makes it NULL where the column allows it.
public struct CellEditor: Sendable {
    public var target: CellTarget
    public var text: String
    /// The value is NULL (shown as such until something is typed).
    public var isNull: Bool

    public init(_ target: CellTarget) {
        self.target = target
        self.text = TypedValue.editable(target.value)
        self.isNull = target.value.isNull
    }
}

extension CellEditor: ModalComponent {
    public var hints: String { "Enter save  Ctrl-n NULL  Ctrl-u clear  Esc cancel " }

    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let title = "\(target.field.name) (\(target.field.declaredType)) of \(RowName.owner(target.schema, target.row))"
        guard let area = Box.draw(title: title, width: max(40, screen.width * 2 / 3), height: 3, into: &screen) else {
            return
        }
        if isNull {
            _ = screen.write("NULL▏", row: area.top, column: area.left, maxWidth: area.width, style: Palette.dim)
        } else {
            _ = screen.write(
                (text.terminalSafe + "▏").tail(fittingWidth: area.width), row: area.top, column: area.left,
                maxWidth: area.width)
        }
    }

    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        var editor = self
        switch key {
        case .escape:
            app.status = .info("nothing was changed")
            return []
        case .enter:
            return app.save(editor)
        case .control("n"):
            if target.field.isNullable {
                editor.isNull = true
                editor.text = ""
            } else {
                app.status = .error("\(target.field.name) cannot be NULL")
            }
        default:
            // A NULL value has no text, so any edit starts from an empty line.
            if editor.text.applyEditing(key) { editor.isNull = false }
        }
        app.modal = editor
        return []
    }
}

extension AppState {
    /// Writes what the editor holds, when it fits the column and differs from what was read.
    fileprivate mutating func save(_ editor: CellEditor) -> [Effect] {
        let value: DatabaseValue
        if editor.isNull {
            value = .null
        } else {
            switch TypedValue.parse(editor.text, for: editor.target.field) {
            case .success(let typed): value = typed
            case .failure(let problem):
                status = .error("\(editor.target.field.name) \(problem.problem)")
                modal = editor
                return []
            }
        }
        guard value != editor.target.value else {
            status = .info("nothing was changed: the value is the same")
            return []
        }
        let target = editor.target
        let write = target.write(value, shown: ValueText.plain(value))
        if target.field.isKey { return countReferrers(of: target.row, in: target.paneID, target.schema, before: write) }
        status = .info("saving…")
        return [.write(target.paneID, write)]
    }
}
