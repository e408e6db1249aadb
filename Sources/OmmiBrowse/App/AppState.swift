import Ommi
import TerminalUI

/// Everything the browser shows, as a value: the model list, the pane stack, focus, the status
/// line and the screen size. ``update(_:_:)`` changes it; ``view(_:)`` draws it.
public struct AppState: Sendable {
    public var size: ScreenSize
    /// The models, sorted by name ignoring case.
    public var models: [ModelSchema]
    public var catalog: SchemaCatalog
    /// The models the application browsing its own collection does not declare, which the list
    /// marks: they are read from the database as it stands.
    public var undeclaredModels: Set<String> = []
    /// Row counts of models, read lazily and capped.
    public var modelCounts: [String: ModelCount] = [:]
    public var modelCursor = 0
    public var modelTop = 0
    public var focus = Focus.models
    public var panes: [Pane] = []
    /// The stack a model opened from the list replaced, which Esc from its first pane returns to.
    public var previousPanes: [Pane] = []
    public var status: StatusMessage?
    /// The one overlay open over the panes, if any (a prompt, the picker, a form, a question,
    /// the help): its keys come before every other key's meaning.
    public var modal: (any ModalComponent)?
    /// Changes made in this session, newest last.
    public var undoStack: [UndoEntry] = []
    /// Changes undone in this session, newest last, for `Ctrl-r`; a new change empties it.
    public var redoStack: [UndoEntry] = []
    /// The statements typed in the console for this database, oldest first.
    public var consoleHistory: [String] = []
    /// Writes are refused: the file or connection is read-only, or `--read-only` was given.
    public var readOnly: Bool
    public var quitting = false
    /// Another program committed while a modal was open: the panes are refreshed when it closes.
    var refreshHeld = false
    /// The writes asked for whose outcome has not arrived yet, by description, oldest first.
    public var writesInFlight: [String] = []
    /// A quit was asked for while writes were in flight: it happens once they are done.
    public var quitWhenWritten = false
    /// What the browser says on standard error once the screen is given back: the outcome of
    /// writes a quit waited for, or writes it abandoned.
    public var farewell: String?
    /// The export under way (`w`), if any: `Esc` and `Ctrl-c` cancel it.
    public var exporting: ExportJob?
    var nextPaneID = 1
    var nextUndoID = 1

    /// How many rows a capped model count reads at most.
    public static let countCap = 100_000

    public init(models: ModelCollection, size: ScreenSize, readOnly: Bool = false) {
        self.models = ModelOrdering.sorted(models.schemas)
        self.catalog = models.catalog
        self.size = size
        self.readOnly = readOnly
    }

    public enum Focus: Sendable, Equatable {
        case models
        case pane
    }

    /// The pane on top of the stack.
    public var current: Pane? { panes.last }

    mutating func makeUndoEntry(_ inverse: RowChange, _ description: String, refusal: String?) -> UndoEntry {
        defer { nextUndoID += 1 }
        return UndoEntry(id: nextUndoID, inverse: inverse, description: description, refusal: refusal)
    }

    mutating func makePaneID() -> PaneID {
        defer { nextPaneID += 1 }
        return PaneID(value: nextPaneID)
    }
}

/// A model's row count as the model list shows it.
public enum ModelCount: Sendable, Equatable {
    /// Asked for, not known yet.
    case counting
    case exact(Int)
    /// At least this many: counting stopped at the cap.
    case atLeast(Int)
    case failed
}

/// A message on the status line.
public struct StatusMessage: Sendable, Equatable {
    public var text: String
    public var isError: Bool

    public static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, isError: false) }
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, isError: true) }
}
