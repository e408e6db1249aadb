import Ommi
import OmmiBrowse
import OmmiSQLite
import TerminalUI

/// The browser opened on a file the way `ommi-browse FILE` opens it (a connection, a second
/// read-only one for counts, the schema reflected), driven headless at 80×24.
struct BrowserHarness {
    let session: BrowserSession
    let database: Ommi
    let models: ModelCollection

    static let size = ScreenSize(width: 80, height: 24)

    /// Opens the file and shows the rows of `Post`, the first model of the list, settled; with
    /// `watch`, the session follows other programs' commits as `ommi-browse` does.
    static func openPosts(_ path: String, watch: Bool = false) async throws -> (BrowserHarness, ScreenBuffer) {
        let (session, database, _, models) = try await connect(path)
        if watch { await session.watch() }
        session.start()
        session.send(.enter)
        await session.settle()
        return (BrowserHarness(session: session, database: database, models: models), session.screen)
    }

    /// A session on the file with its connections (the second for counts) and the models
    /// reflected from it, not started yet.
    static func connect(_ path: String) async throws -> (
        session: BrowserSession, database: Ommi, counting: Ommi, models: ModelCollection
    ) {
        let database = Ommi(try await SQLiteDriver.connect(path: path))
        let models = try await ModelCollection.reflect(from: database)
        let counting = Ommi(try await SQLiteDriver.connect(path: path, options: .readOnly))
        let session = BrowserSession(database: database, models: models, size: size, countingDatabase: counting)
        return (session, database, counting, models)
    }

    /// Sends one key, lets every read it starts finish and be applied, and renders the screen;
    /// returns how long that took.
    func press(_ key: Key) async -> Double {
        let start = Stopwatch.now()
        session.send(key)
        await session.settle()
        _ = session.screen
        return Stopwatch.milliseconds(since: start)
    }

    /// The rows pane on top of the stack, if the top pane is one.
    var rows: RowsPane? { session.state.panes.last?.rows }

    /// The key of the row under the cursor of the top rows pane.
    var currentID: Int? {
        guard case .integer(let id) = rows?.currentRow?.values.first else { return nil }
        return Int(id)
    }
}
