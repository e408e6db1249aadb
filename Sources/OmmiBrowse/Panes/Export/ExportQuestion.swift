import TerminalUI

/// The question an export asks when its file is there already: `y` replaces it, any other key
/// writes nothing.
public struct ExportQuestion: Sendable {
    /// The export to run again, allowed to replace the file, after a yes.
    public var job: ExportJob

    var question: String { "\(job.path) exists: replace it? y replaces, any other key keeps it" }
}

extension ExportQuestion: ModalComponent {
    public var hints: String { "" }

    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        guard let row = StatusLine.cleared(app, into: &screen) else { return }
        _ = screen.write(" " + question.terminalSafe, row: row, column: 0, maxWidth: app.size.width, style: Palette.bar)
    }

    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        guard key == .character("y") || key == .character("Y") else {
            app.status = .info("\(job.path) kept; nothing was written")
            return []
        }
        var replacing = job
        replacing.overwrite = true
        return app.beginExport(replacing)
    }
}
