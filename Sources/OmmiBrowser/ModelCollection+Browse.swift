import Ommi
import OmmiBrowse

extension ModelCollection {
    /// Opens the terminal browser on the application's own models and returns when the user
    /// quits (`q` from the first pane, or `Ctrl-c`).
    ///
    /// ```swift
    /// let appModels = ModelCollection(Post.self, Tag.self, PostTag.self)
    /// let db = try await Ommi(SQLiteDriver.connect(path: "app.db"))
    /// try await appModels.browse(on: db)
    /// ```
    ///
    /// The models are the declared ones, with the relation names, kinds, associations and labels
    /// the application gives them; the tables of the database that the collection does not
    /// declare are listed too, read from the database and marked `~`. Rows, relations and links
    /// are read and written through the same core as the application's typed code.
    ///
    /// The browser takes over the terminal and gives it back on every way out: quitting, a thrown
    /// error, and a terminating signal (`SIGINT`, `SIGTERM`, `SIGHUP`, `SIGQUIT`), which then ends
    /// the process as the signal asks.
    ///
    /// - Throws: ``OmmiError`` when the database cannot be read, `PanePathError` when
    ///   ``BrowseOptions/start`` names nothing, and `TerminalStartError` when standard input and
    ///   output are not a usable terminal.
    public func browse(on database: Ommi, options: BrowseOptions = BrowseOptions()) async throws {
        let models = BrowsedModels(declared: self, reflected: try await ModelCollection.reflect(from: database))
        var start: PaneTarget?
        if let path = options.start {
            start = try await PaneTarget.resolve(try PanePath(parsing: path), in: models.collection, database: database)
        }
        try await TerminalBrowser.run(
            models, on: database, countingOn: options.countingDatabase, readOnly: options.readOnly, start: start,
            watch: options.watch, history: options.historyName.flatMap { ConsoleHistory(database: $0) },
            mouse: options.mouse)
    }
}
