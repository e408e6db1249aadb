import Ommi
import OmmiSQLite
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Writes while other programs hold locks, delete rows or change them: an undo that did not
/// happen stays, no link is written to a row that is gone, another program's edit is never
/// undone silently, a destructive question takes `y` only, and quitting waits for a write.
@Suite(.serialized) struct SessionWriteReliabilityTests {
    /// The Python Ommi's blog: no declared foreign keys, so the browser infers the references;
    /// the association carries a nullable payload column.
    static let blog = [
        #"CREATE TABLE "Post" (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"#,
        #"CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"CREATE TABLE "PostTag" (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, note TEXT, PRIMARY KEY (post_id, tag_id))"#,
        #"INSERT INTO "Post" VALUES (1, 'Ommi is Great'), (2, 'Python Tips')"#,
        #"INSERT INTO "Tag" VALUES (101, 'ommi'), (102, 'python'), (103, 'guide')"#,
        #"INSERT INTO "PostTag" VALUES (1, 101, NULL), (1, 103, NULL), (2, 102, NULL), (2, 103, NULL)"#,
    ]

    /// A session on the tags of post 1, whose writes wait `lockTimeout` for another connection's
    /// lock. A write that waits blocks a thread in SQLite's busy handler while the session's other
    /// reads wait for its connection, so a long wait can starve the test's own release of the lock:
    /// the default stays short.
    static func tagsOfFirstPost(lockTimeout: Duration = SQLiteDriver.defaultLockTimeout) async throws -> (
        BrowserDatabase, BrowserSession
    ) {
        let database = try await BrowserDatabase(blog, lockTimeout: lockTimeout)
        let session = await database.session()
        let target = try await PaneTarget.resolve(
            try PanePath(parsing: "Post/1/tags"), in: database.models, database: database.database)
        session.open(target)
        await session.finishReads()
        #expect(session.state.current?.rows?.window.rows.count == 2)
        return (database, session)
    }

    /// The tag ids linked to post 1, as stored.
    static func tagsOfFirstPost(_ database: BrowserDatabase) async throws -> [Int64] {
        var ids: [Int64] = []
        try await database.database.driver.query(
            SQLStatement(#"SELECT tag_id FROM "PostTag" WHERE post_id = 1 ORDER BY tag_id"#)
        ) {
            if case .integer(let id) = $0.values[0] { ids.append(id) }
        }
        return ids
    }

    /// Runs one statement on a connection of its own, as another program would.
    static func elsewhere(_ database: BrowserDatabase, _ sql: String) async throws {
        let other = try await SQLiteDriver.connect(path: database.path)
        _ = try await other.execute(SQLStatement(sql))
    }

    /// Opens the picker and chooses `python` (tag 102), stopping before Enter.
    static func pickPython(_ session: BrowserSession) async {
        await session.press(.character("a"))
        await session.type("python")
        #expect(session.state.picker?.rows.count == 1)
    }

    @Test("an undo refused by a lock stays on the undo stack, and u undoes it once the lock is gone")
    func aFailedUndoStays() async throws {
        let (database, session) = try await Self.tagsOfFirstPost(lockTimeout: .milliseconds(300))
        defer { database.remove() }
        await Self.pickPython(session)
        await session.press(.enter)
        #expect(try await Self.tagsOfFirstPost(database) == [101, 102, 103])
        let holder = try await WriteLockHolder(database.path)
        await session.press(.character("u"))
        try await holder.release()
        #expect(session.state.status?.text.contains("database is locked") == true)
        #expect(session.state.undoStack.count == 1)
        #expect(try await Self.tagsOfFirstPost(database) == [101, 102, 103])
        await session.press(.character("u"))
        #expect(session.state.status?.text.hasPrefix("undone: attached 'python'") == true)
        #expect(try await Self.tagsOfFirstPost(database) == [101, 103])
        // A redo refused by a lock stays on the redo stack the same way.
        let again = try await WriteLockHolder(database.path)
        await session.press(.control("r"))
        try await again.release()
        #expect(session.state.redoStack.count == 1)
        await session.press(.control("r"))
        #expect(try await Self.tagsOfFirstPost(database) == [101, 102, 103])
    }

    @Test("a link to a tag deleted elsewhere after the picker showed it is refused in one line, and nothing is written")
    func noLinkToADeletedTarget() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await Self.pickPython(session)
        try await Self.elsewhere(database, #"DELETE FROM "Tag" WHERE id = 102"#)
        await session.press(.enter)
        #expect(try await Self.tagsOfFirstPost(database) == [101, 103])
        let status = try #require(session.state.status)
        #expect(status.isError)
        #expect(status.text.contains("Tag #102") && status.text.contains("nothing was changed"))
        #expect(!status.text.contains("\n"))
        #expect(session.state.undoStack.isEmpty)
    }

    @Test("a link from a post deleted elsewhere is refused the same way")
    func noLinkFromADeletedOwner() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await Self.pickPython(session)
        try await Self.elsewhere(database, #"DELETE FROM "Post" WHERE id = 1"#)
        await session.press(.enter)
        #expect(try await Self.tagsOfFirstPost(database) == [101, 103])
        #expect(session.state.status?.text.contains("Post #1") == true)
    }

    @Test("an undo that finds the link changed elsewhere says so and asks; n keeps it, y removes it")
    func undoAsksAboutAnotherEdit() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await Self.pickPython(session)
        await session.press(.enter)
        try await Self.elsewhere(database, #"UPDATE "PostTag" SET note = 'theirs' WHERE post_id = 1 AND tag_id = 102"#)
        await session.press(.character("u"))
        let question = try #require(session.state.confirmation?.question)
        #expect(question.contains("changed elsewhere"))
        #expect(try await Self.tagsOfFirstPost(database) == [101, 102, 103])
        await session.press(.character("n"))
        #expect(try await Self.tagsOfFirstPost(database) == [101, 102, 103])
        #expect(session.state.undoStack.count == 1)
        await session.press(.character("u"))
        #expect(session.state.confirmation != nil)
        await session.press(.character("y"))
        #expect(try await Self.tagsOfFirstPost(database) == [101, 103])
        #expect(session.state.undoStack.isEmpty)
        #expect(session.state.redoStack.count == 1)
    }

    @Test("Enter and Esc at a detach or delete question mean no", arguments: [Key.enter, Key.escape])
    func destructiveQuestionsTakeYOnly(answer: Key) async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await session.press(.character("d"))
        #expect(session.state.confirmation != nil)
        await session.press(answer)
        #expect(session.state.modal == nil)
        #expect(session.state.status?.text == "nothing was detached")
        await session.press(.character("D"))
        #expect(session.state.confirmation?.question.hasPrefix("Delete") == true)
        await session.press(answer)
        #expect(session.state.status?.text == "nothing was deleted")
        #expect(try await Self.tagsOfFirstPost(database) == [101, 103])
        var tags = 0
        try await database.database.driver.query(SQLStatement(#"SELECT count(*) FROM "Tag""#)) {
            if case .integer(let count) = $0.values[0] { tags = Int(count) }
        }
        #expect(tags == 3)
    }

    @Test("Ctrl-c with a write in flight waits for it, saying so, and keeps its outcome for the exit")
    func quitWaitsForAWrite() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await Self.pickPython(session)
        let holder = try await WriteLockHolder(database.path)
        session.send(.enter)
        session.send(.control("c"))
        #expect(!session.isFinished)
        #expect(session.state.status?.text.contains("Ctrl-c again") == true)
        try await holder.release()
        await session.finishReads()
        #expect(session.isFinished)
        #expect(session.state.farewell == "attached 'python' to post #1")
        #expect(try await Self.tagsOfFirstPost(database) == [101, 102, 103])
    }

    @Test("Ctrl-c twice abandons a write in flight, and the farewell says it may not have been written")
    func secondControlCAbandons() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await Self.pickPython(session)
        let holder = try await WriteLockHolder(database.path)
        session.send(.enter)
        session.send(.control("c"))
        #expect(!session.isFinished)
        session.send(.control("c"))
        #expect(session.isFinished)
        #expect(session.state.farewell?.contains("attached 'python' to post #1") == true)
        #expect(session.state.farewell?.contains("abandoned") == true)
        try await holder.release()
        await session.finishReads()
    }
}
