import Foundation
import Ommi

/// An export written to a file: into a temporary file beside it, renamed to the file's name only
/// once whole, so that a cancelled or failed export leaves nothing half-written, and an existing
/// file is only replaced when the job says so.
enum ExportFile {
    enum Outcome: Sendable, Equatable {
        /// The rows are in the file at `path` (absolute).
        case written(path: String, rows: Int)
        /// A file is there already and the job may not replace it; nothing was written.
        case exists
    }

    /// Runs `job` on `database`; `progress` hears how many rows are written as they are.
    static func write(_ job: ExportJob, database: Ommi, catalog: SchemaCatalog, progress: (Int) -> Void) async throws
        -> Outcome
    {
        let file = URL(fileURLWithPath: NSString(string: job.path).expandingTildeInPath).standardizedFileURL
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw ExportFileError("\(file.path) is a folder") }
            if !job.overwrite { return .exists }
        }
        let partial = file.deletingLastPathComponent().appendingPathComponent(
            ".\(file.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil),
            let handle = FileHandle(forWritingAtPath: partial.path)
        else {
            throw ExportFileError("cannot create a file in \(file.deletingLastPathComponent().path)")
        }
        do {
            let model = DynamicModel(schema: job.schema, database: database, catalog: catalog)
            let export = RowExport(model: model, condition: job.condition, order: job.order)
            let rows = try await export.write(
                job.format, to: ExportOutput { try handle.write(contentsOf: $0) }, progress: progress)
            try handle.synchronize()
            try handle.close()
            guard rename(partial.path, file.path) == 0 else {
                throw ExportFileError("cannot name the file \(file.path): \(String(cString: strerror(errno)))")
            }
            return .written(path: file.path, rows: rows)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
    }
}

/// A file an export cannot write.
struct ExportFileError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
