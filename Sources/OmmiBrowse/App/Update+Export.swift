import Foundation
import Ommi
import TerminalUI

/// `w`: the rows of the current pane written to a file, with progress in the status line.
extension AppState {
    /// Asks for the file's name; one export runs at a time.
    mutating func startExport() -> [Effect] {
        if let exporting {
            status = .info("already writing \(exporting.path): Esc cancels it")
            return []
        }
        modal = Prompt(purpose: .export, text: "")
        return []
    }

    /// Starts writing `pane`'s rows (all of them, with its filter and sort) to the file typed,
    /// in the format its extension names; a name without one stays in the prompt with an error.
    mutating func submitExport(_ prompt: Prompt, pane: RowsPane) -> [Effect] {
        let name = prompt.text.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return [] }
        guard let format = ExportFormat(fileName: name) else {
            modal = prompt
            status = .error("name a file ending in .csv, .tsv, .json or .jsonl")
            return []
        }
        return beginExport(
            ExportJob(
                schema: pane.schema, condition: pane.condition, order: pane.sort.map { [$0] } ?? [], path: name,
                format: format))
    }

    mutating func beginExport(_ job: ExportJob) -> [Effect] {
        exporting = job
        status = .info("writing \(job.path)… Esc cancels")
        return [.export(job)]
    }

    /// While an export runs, `Esc` and `Ctrl-c` cancel it rather than going back or quitting, and
    /// `q` does not quit under it; nil for any other key, which keeps its meaning.
    mutating func handleWhileExporting(_ key: Key) -> [Effect]? {
        guard let job = exporting, modal == nil else { return nil }
        switch key {
        case .escape, .control("c"):
            exporting = nil
            status = .info("cancelled writing \(job.path); no file was written")
            return [.cancelExport]
        case _ where Command(key: key) == .quit && (focus == .models || panes.count <= 1):
            status = .info("writing \(job.path): Esc cancels it, then q quits")
            return []
        default:
            return nil
        }
    }

    /// What an export reports: progress, the end, a file in the way, a failure.
    mutating func applyExport(_ message: Message) -> [Effect] {
        switch message {
        case .exportProgress(let rows):
            guard let job = exporting else { return [] }
            status = .info("writing \(job.path): \(ValueText.grouped(rows)) rows… Esc cancels")
        case .exported(let path, let rows):
            exporting = nil
            status = .info("wrote \(ValueText.grouped(rows)) \(rows == 1 ? "row" : "rows") to \(path)")
        case .exportTargetExists(let job):
            exporting = nil
            modal = ExportQuestion(job: job)
        case .exportFailed(let text):
            exporting = nil
            status = .error("writing failed, no file was written: \(text)")
        default:
            break
        }
        return []
    }
}
