import Ommi
import TerminalUI

/// What reaches ``update(_:_:)``: a key, a new screen size, or the result of an effect, tagged
/// with what asked for it. Every effect answers with exactly one message.
public enum Message: Sendable {
    case key(Key)
    case resized(ScreenSize)
    case modelCounted(String, ModelCount)
    case rowsLoaded(PaneID, generation: Int, RowsResult)
    case rowsCounted(PaneID, generation: Int, Int)
    /// What each relation of a record leads to, by relation name, and the record's row as read
    /// again (nil when it could not be); `removed` when the row is no longer in its table.
    case relationsSummarized(PaneID, [String: RelationSummary], row: DynamicRow? = nil, removed: Bool = false)
    /// How many rows refer to a row a write is about to change, by relation.
    case referrersCounted(PaneID, DynamicRow, [String: RelationSummary], then: RowWrite)
    case searchMissed(PaneID, String)
    case failed(PaneID?, String)
    /// A read of rows for a rows pane failed; the pane says so in place of the rows it awaited.
    case rowsFailed(PaneID, generation: Int, RowsRequest.Placement, String)
    case pickerLoaded(generation: Int, [DynamicRow])
    /// The picker's read of `generation` failed.
    case pickerFailed(generation: Int, String)
    /// The whole value of a cell was read, to view, edit or copy it.
    case valueRead(PaneID, CellTarget, DatabaseValue, ValueUse)
    /// A row change was written; `pane` asked for it.
    case written(PaneID?, RowWrite, WrittenChange)
    /// A row change was refused and nothing was written. `reload` when the panes no longer show
    /// the truth.
    case writeRefused(PaneID?, RowWrite, String, reload: Bool)
    case frequenciesLoaded(PaneID, generation: Int, FrequencyWindow)
    case statementRowsRead(PaneID, generation: Int, StatementRows)
    /// A console statement that may change the database ran, changing `changed` rows, or failed.
    case statementRan(changed: Int?, failure: String?)
    /// An export has written this many rows so far; it goes on.
    case exportProgress(Int)
    /// An export wrote this many rows to the file at `path`.
    case exported(path: String, rows: Int)
    /// An export found its file there already and wrote nothing; it asks before overwriting.
    case exportTargetExists(ExportJob)
    /// An export failed and left no file.
    case exportFailed(String)
    /// A read that a newer read replaced was cancelled; nothing changes.
    case cancelled
    /// The database changed: another program committed, or this session wrote (see
    /// ``EffectRunner/watch(interval:)``).
    case databaseChanged(DatabaseChange)
    /// The database's schema as read again, for tables and columns added or dropped elsewhere;
    /// `reopened` when the database file had been replaced, and was opened again to read it.
    case schemaReflected(ModelCollection, reopened: Bool = false)
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
    /// Whether the search went past the last (or first) row and on from the other end.
    public var wrapped = false
}
