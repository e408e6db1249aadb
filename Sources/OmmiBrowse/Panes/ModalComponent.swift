import TerminalUI

/// An overlay over the panes: a prompt, the picker, a form, a question or the help. One at most
/// is open, in ``AppState/modal``, and while it is open every key goes to it first.
public protocol ModalComponent: Sendable {
    /// Handles `key`. The modal has been taken out of ``AppState/modal``: it puts itself back
    /// (changed or not) to stay open.
    func handle(_ key: Key, in app: inout AppState) -> [Effect]
    /// Draws the modal over the screen already drawn.
    func draw(_ app: AppState, into screen: inout ScreenBuffer)
    /// The keys the status line hints at while the modal is open.
    var hints: String { get }
}

extension AppState {
    /// The search or filter being typed, when that is the modal.
    public var prompt: Prompt? { modal as? Prompt }
    /// The picker of rows, when that is the modal.
    public var picker: Picker? { modal as? Picker }
    /// The form asking for values, when that is the modal.
    public var form: RowForm? { modal as? RowForm }
    /// The question waiting for an answer, when that is the modal.
    public var confirmation: Confirmation? { modal as? Confirmation }
    /// Whether the help is open.
    public var showingHelp: Bool { modal is HelpScreen }
}
