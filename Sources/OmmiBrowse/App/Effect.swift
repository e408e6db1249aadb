import Ommi

/// Work that ``update(_:_:)`` asks for and the ``EffectRunner`` performs through the core. Plain
/// data: tests read them, the runner turns them into messages.
public enum Effect: Sendable {
    /// Count a model's rows, stopping at ``AppState/countCap``.
    case countModel(ModelSchema)
    /// Read rows for a rows pane.
    case loadRows(PaneID, generation: Int, RowsRequest)
    /// Count the rows of a rows pane's query.
    case countRows(PaneID, generation: Int, RowsRequest)
    /// Read a record's row again and summarize each of its relations: counts and to-one labels.
    case summarizeRelations(PaneID, ModelSchema, DynamicRow, [RelationSchema])
    /// Find the next (or previous) row containing text, and jump to it.
    case search(PaneID, generation: Int, RowsRequest, text: String, from: DynamicRow?, forward: Bool)
    /// Read the rows a picker offers.
    case pick(generation: Int, ModelSchema, Condition?)
    /// Count, per relation, the rows that refer to a row a write (a delete, a key change) is
    /// about to change, before asking about the write.
    case countReferrers(PaneID, ModelSchema, DynamicRow, [RelationSchema], then: RowWrite)
    /// Write one row change in one transaction; `pane` asked for it.
    case write(PaneID?, RowWrite)
    /// Read a window of a frequency pane's values.
    case loadFrequencies(PaneID, generation: Int, FrequencyRequest)
    /// Read rows of a statement typed in the console, for its pane.
    case readStatement(PaneID, generation: Int, StatementRead)
    /// Run a console statement that may change the database, in one transaction.
    case runStatement(ConsoleStatement)
    /// Add a statement to the console's history file.
    case recordStatement(String)
    /// Read the whole value of a cell whose pane holds less of it (a BLOB's length, the start of
    /// a long text), to view, edit or copy it.
    case readValue(PaneID, CellTarget, ValueUse)
    /// Put text on the clipboard through the terminal (OSC 52).
    case copy(String)
    /// Read the database's schema again.
    case reflectSchema
    /// Write rows to a file (`w`); progress arrives as it goes, then one message says how it ended.
    case export(ExportJob)
    /// Stop the export under way; it leaves no file behind.
    case cancelExport
    case quit
}

/// A read of rows for a pane: its query and where the rows go.
public struct RowsRequest: Sendable {
    public var schema: ModelSchema
    public var condition: Condition?
    public var order: [SortKey]
    public var placement: Placement
    public var limit: Int
    /// The position of the first row wanted, for sources without a key to page by (views):
    /// they page by offset.
    public var offset: Int
    /// The number of rows, when the pane has counted them already: reading the last rows then
    /// needs no count.
    public var knownTotal: Int? = nil

    /// Whether rows are paged by offset because the order gives no row a unique place.
    public var pagesByOffset: Bool { order.isEmpty }

    public enum Placement: Sendable, Equatable {
        /// The rows from the first row at or after `anchor` (the first row of all when nil),
        /// replacing the window; the read also works out their position.
        case jump(anchor: DynamicRow?)
        /// The rows after the window's last row.
        case after(DynamicRow)
        /// The rows before the window's first row.
        case before(DynamicRow)
        /// The last rows of all.
        case last
    }
}
