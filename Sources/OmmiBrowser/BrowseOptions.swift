import Ommi

/// How ``Ommi/ModelCollection/browse(on:options:)`` opens the browser.
public struct BrowseOptions: Sendable {
    /// Nothing is written: the keys that would change a row or a link say so instead.
    public var readOnly: Bool
    /// The pane to start at, as `ommi-browse --open` names one: `Post`, `Post/1` or
    /// `Post/1/tags` (a model, a record, a relation of a record); nil starts at the model list.
    public var start: String?
    /// A second connection to the same database for the row counts, which may scan a large table,
    /// so that reading pages never waits for them; nil counts on the browsed connection.
    public var countingDatabase: Ommi?
    /// Whether the screen follows changes committed elsewhere (by other connections and other
    /// programs) on its own, as `ommi-browse` does unless given `--no-watch`.
    public var watch: Bool
    /// What the SQL console's history is kept under, in the user's state folder: the database's
    /// file path or URL, as `ommi-browse` keeps it; nil keeps no history between runs.
    public var historyName: String?
    /// Whether the terminal is asked to report the mouse, so that the wheel scrolls, a click
    /// selects and a double click opens; without it (`ommi-browse --no-mouse`) the mouse is the
    /// terminal's own, for selecting text. With it, most terminals still select text on a
    /// Shift-drag.
    public var mouse: Bool

    public init(
        readOnly: Bool = false, start: String? = nil, countingDatabase: Ommi? = nil, watch: Bool = true,
        historyName: String? = nil, mouse: Bool = true
    ) {
        self.readOnly = readOnly
        self.start = start
        self.countingDatabase = countingDatabase
        self.watch = watch
        self.historyName = historyName
        self.mouse = mouse
    }
}
