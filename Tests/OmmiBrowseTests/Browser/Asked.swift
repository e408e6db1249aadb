import Ommi

@testable import OmmiBrowse

/// An ``Effect`` reduced to what a test compares: which pane asked, for which generation, and
/// what. Effects carry schemas and conditions that are not `Equatable`; this keeps what tells
/// the browser's decisions apart.
enum Asked: Equatable, CustomStringConvertible {
    case countModel(String)
    case loadRows(PaneID, generation: Int, RowsRequest.Placement)
    case countRows(PaneID, generation: Int)
    case summarizeRelations(PaneID, model: String, relations: [String])
    case search(PaneID, generation: Int, text: String, forward: Bool)
    case pick(generation: Int, target: String)
    case write(PaneID?, RowChange.Kind, model: String, description: String)
    case undo(description: String)
    case redo(description: String)
    case countReferrers(PaneID, model: String)
    case copy(String)
    case reflectSchema
    case loadFrequencies(PaneID, generation: Int, column: String, offset: Int, counting: Bool)
    case readStatement(PaneID, generation: Int, sql: String, StatementRead.Placement)
    case runStatement(String)
    case recordStatement(String)
    case readValue(PaneID, column: String)
    case export(model: String, path: String, format: ExportFormat, overwrite: Bool)
    case cancelExport
    case quit

    init(_ effect: Effect) {
        switch effect {
        case .countModel(let schema): self = .countModel(schema.name)
        case .loadRows(let id, let generation, let request):
            self = .loadRows(id, generation: generation, request.placement)
        case .countRows(let id, let generation, _): self = .countRows(id, generation: generation)
        case .summarizeRelations(let id, let schema, _, let relations):
            self = .summarizeRelations(id, model: schema.name, relations: relations.map(\.name))
        case .search(let id, let generation, _, let text, _, let forward):
            self = .search(id, generation: generation, text: text, forward: forward)
        case .pick(let generation, let schema, _): self = .pick(generation: generation, target: schema.name)
        case .write(_, let write) where write.purpose == .undo: self = .undo(description: write.description)
        case .write(_, let write) where write.purpose == .redo: self = .redo(description: write.description)
        case .countReferrers(let id, let schema, _, _, _): self = .countReferrers(id, model: schema.name)
        case .copy(let text): self = .copy(text)
        case .reflectSchema: self = .reflectSchema
        case .loadFrequencies(let id, let generation, let request):
            self = .loadFrequencies(
                id, generation: generation, column: request.column, offset: request.offset, counting: request.counting)
        case .readStatement(let id, let generation, let read):
            self = .readStatement(id, generation: generation, sql: read.sql, read.placement)
        case .runStatement(let statement): self = .runStatement(statement.sql)
        case .recordStatement(let sql): self = .recordStatement(sql)
        case .readValue(let id, let cell, _): self = .readValue(id, column: cell.field.column)
        case .export(let job):
            self = .export(model: job.schema.name, path: job.path, format: job.format, overwrite: job.overwrite)
        case .cancelExport: self = .cancelExport
        case .write(let id, let write):
            self = .write(id, write.change.kind, model: write.change.schema.name, description: write.description)
        case .quit: self = .quit
        }
    }

    var description: String {
        switch self {
        case .countModel(let name): "countModel(\(name))"
        case .loadRows(let id, let generation, let placement):
            "loadRows(pane \(id.value), generation \(generation), \(placement))"
        case .countRows(let id, let generation): "countRows(pane \(id.value), generation \(generation))"
        case .summarizeRelations(let id, let model, let relations):
            "summarizeRelations(pane \(id.value), \(model), \(relations))"
        case .search(let id, let generation, let text, let forward):
            "search(pane \(id.value), generation \(generation), \"\(text)\", \(forward ? "forward" : "backward"))"
        case .pick(let generation, let target): "pick(generation \(generation), \(target))"
        case .write(let id, let kind, let model, let description):
            "write(pane \(id.map { String($0.value) } ?? "none"), \(kind) \(model), \(description))"
        case .undo(let description): "undo(\(description))"
        case .redo(let description): "redo(\(description))"
        case .countReferrers(let id, let model): "countReferrers(pane \(id.value), \(model))"
        case .copy(let text): "copy(\(text))"
        case .reflectSchema: "reflectSchema"
        case .loadFrequencies(let id, let generation, let column, let offset, let counting):
            "loadFrequencies(pane \(id.value), generation \(generation), \(column) from \(offset)\(counting ? ", counting" : ""))"
        case .readStatement(let id, let generation, let sql, let placement):
            "readStatement(pane \(id.value), generation \(generation), \(sql), \(placement))"
        case .runStatement(let sql): "runStatement(\(sql))"
        case .recordStatement(let sql): "recordStatement(\(sql))"
        case .readValue(let id, let column): "readValue(pane \(id.value), \(column))"
        case .export(let model, let path, let format, let overwrite):
            "export(\(model) to \(path) as \(format)\(overwrite ? ", replacing" : ""))"
        case .cancelExport: "cancelExport"
        case .quit: "quit"
        }
    }
}

extension PaneID {
    /// The pane opened `number`-th in a session: ids count up from 1.
    static func opened(_ number: Int) -> PaneID { PaneID(value: number) }
}
