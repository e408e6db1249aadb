import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite
import TerminalUI
import Testing

/// A real SQLite file built by a test, reflected the way `ommi-browse` reflects a file, with a
/// ``BrowserSession`` over it for driving the browser by keys.
struct BrowserDatabase {
    let database: Ommi
    let models: ModelCollection
    private let folder: URL

    /// The database file, for other connections of the test.
    var path: String { folder.appendingPathComponent("test.db").path }

    /// Creates a database in a new temporary folder from SQL statements, run in order; a write
    /// that finds another connection's lock waits `lockTimeout`.
    init(_ statements: [String], lockTimeout: Duration = SQLiteDriver.defaultLockTimeout) async throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-browse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let driver = try await SQLiteDriver.connect(
            path: folder.appendingPathComponent("test.db").path, options: .create, lockTimeout: lockTimeout)
        for statement in statements { _ = try await driver.execute(SQLStatement(statement)) }
        database = Ommi(driver)
        models = try await ModelCollection.reflect(from: database)
    }

    /// A session on a screen of `width`×`height`, started, with its first reads done.
    func session(width: Int = 80, height: Int = 24) async -> BrowserSession {
        let session = BrowserSession(database: database, models: models, size: ScreenSize(width: width, height: height))
        session.start()
        await session.finishReads()
        return session
    }

    /// Deletes the database's folder.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}

extension BrowserDatabase {
    /// ``SnapshotData/blog`` with a session on the rows of Post, the third model (after Author
    /// and Comment).
    static func postRows() async throws -> (BrowserDatabase, BrowserSession) {
        let database = try await BrowserDatabase(SnapshotData.blog)
        let session = await database.session()
        await session.press(.down, .down, .enter)
        #expect(session.state.current?.title == "Post")
        return (database, session)
    }
}

extension BrowserSession {
    /// Sends keys in order, letting every read they start finish after each one, as a person
    /// typing at an ordinary pace would see it.
    func press(_ keys: Key...) async {
        await press(keys)
    }

    func press(_ keys: [Key]) async {
        for key in keys {
            send(key)
            await finishReads()
        }
    }

    /// Types text, one character key per character.
    func type(_ text: String) async {
        for character in text {
            send(.character(character))
            await finishReads()
        }
    }

    /// Waits until every read started so far, and every read their results start, has finished,
    /// applying the results as they arrive. It relies on the runner saying it is idle; should
    /// the runner claim to be busy while nothing arrives for two seconds, it stops waiting, so a
    /// runner that loses track of a finished read slows a test down instead of hanging it.
    func finishReads() async {
        let clock = ContinuousClock()
        var lastArrival = clock.now
        while true {
            if pump() {
                lastArrival = clock.now
            } else if !runner.isBusy {
                if !pump() { return }
                lastArrival = clock.now
            } else if clock.now - lastArrival > .seconds(15) {
                return
            } else {
                try? await Task.sleep(for: .milliseconds(1))
            }
        }
    }
}
