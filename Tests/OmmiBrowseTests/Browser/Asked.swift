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
    case attach(PaneID, relation: String, description: String)
    case detach(PaneID, relation: String, description: String)
    case undo(description: String)
    case quit

    init(_ effect: Effect) {
        switch effect {
        case .countModel(let schema): self = .countModel(schema.name)
        case .loadRows(let id, let generation, let request): self = .loadRows(id, generation: generation, request.placement)
        case .countRows(let id, let generation, _): self = .countRows(id, generation: generation)
        case .summarizeRelations(let id, let schema, _, let relations):
            self = .summarizeRelations(id, model: schema.name, relations: relations.map(\.name))
        case .search(let id, let generation, _, let text, _, let forward):
            self = .search(id, generation: generation, text: text, forward: forward)
        case .pick(let generation, let schema, _): self = .pick(generation: generation, target: schema.name)
        case .attach(let id, let request, _, let description):
            self = .attach(id, relation: request.relation, description: description)
        case .detach(let id, let request, let description):
            self = .detach(id, relation: request.relation, description: description)
        case .undo(_, let entry): self = .undo(description: entry.description)
        case .quit: self = .quit
        }
    }

    var description: String {
        switch self {
        case .countModel(let name): "countModel(\(name))"
        case .loadRows(let id, let generation, let placement): "loadRows(pane \(id.value), generation \(generation), \(placement))"
        case .countRows(let id, let generation): "countRows(pane \(id.value), generation \(generation))"
        case .summarizeRelations(let id, let model, let relations): "summarizeRelations(pane \(id.value), \(model), \(relations))"
        case .search(let id, let generation, let text, let forward):
            "search(pane \(id.value), generation \(generation), \"\(text)\", \(forward ? "forward" : "backward"))"
        case .pick(let generation, let target): "pick(generation \(generation), \(target))"
        case .attach(let id, let relation, let description): "attach(pane \(id.value), \(relation), \(description))"
        case .detach(let id, let relation, let description): "detach(pane \(id.value), \(relation), \(description))"
        case .undo(let description): "undo(\(description))"
        case .quit: "quit"
        }
    }
}

extension PaneID {
    /// The pane opened `number`-th in a session: ids count up from 1.
    static func opened(_ number: Int) -> PaneID { PaneID(value: number) }
}
