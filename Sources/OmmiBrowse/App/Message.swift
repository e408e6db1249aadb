import Ommi
import TerminalUI

/// What reaches ``update(_:_:)``: a key, a new screen size, or the result of an effect, tagged
/// with the pane that asked for it.
public enum Message: Sendable {
    case key(Key)
    case resized(ScreenSize)
    case modelCounted(String, ModelCount)
    case rowsLoaded(PaneID, generation: Int, RowsResult)
    case rowsCounted(PaneID, generation: Int, Int)
    case relationSummarized(PaneID, String, RelationSummary)
    case searchMissed(PaneID, String)
    case failed(PaneID?, String)
    case pickerLoaded(generation: Int, [DynamicRow])
    /// A change was written (or undone, when `undo`); `pane` asked for it.
    case associationChanged(PaneID?, AssociationChange, description: String, undo: Bool)
    /// A change was refused; nothing was written. `reload` when the pane no longer shows the truth.
    case associationRefused(PaneID?, String, reload: Bool)
}

/// Rows read for a rows pane, with where they go.
public struct RowsResult: Sendable {
    public var rows: [DynamicRow]
    public var placement: RowsRequest.Placement
    /// The position of the first row, when the read established it (a jump or the last page).
    public var start: Int?
    /// Whether the read reached the end of the rows in its direction.
    public var exhausted: Bool
    /// The total, when the read counted it.
    public var total: Int?
    /// Labels of referenced rows for the rows read, by reference column and key.
    public var labels: [String: [DatabaseValue: String]]
    /// The position the cursor goes to, for a jump.
    public var cursor: Int?
    /// The search text that found the row the cursor goes to.
    public var foundText: String? = nil
}
