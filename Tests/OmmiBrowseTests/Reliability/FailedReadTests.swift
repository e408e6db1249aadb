import Foundation
import Ommi
import OmmiSQLite
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Every read that fails says so where it was awaited, and keeps saying so: the picker and the
/// rows pane never stay on "reading…", and the failure outlives the status line.
@Suite struct FailedReadTests {
    /// The picker of a many-to-many pane whose association table another program dropped.
    @Test func thePickerSaysItsReadFailed() async throws {
        let (database, session) = try await SessionWriteReliabilityTests.tagsOfFirstPost()
        defer { database.remove() }
        try await SessionWriteReliabilityTests.elsewhere(database, #"DROP TABLE "PostTag""#)
        await session.press(.character("a"))
        let picker = try #require(session.state.picker)
        #expect(!picker.loading)
        #expect(picker.failure?.contains("PostTag") == true)
        let screen = session.screen.lines.joined(separator: "\n")
        #expect(screen.contains("could not read"))
        #expect(!screen.contains("reading…"))
    }

    /// The rows of the pane read again after the association table was dropped: the pane says
    /// it could not read them, also after the next key clears the status line.
    @Test func theRowsPaneSaysItsReadFailed() async throws {
        let (database, session) = try await SessionWriteReliabilityTests.tagsOfFirstPost()
        defer { database.remove() }
        try await SessionWriteReliabilityTests.elsewhere(database, #"DROP TABLE "PostTag""#)
        await session.press(.character("r"))
        #expect(session.state.status?.isError == true)
        await session.press(.character("j"))
        let pane = try #require(session.state.current?.rows)
        #expect(!pane.loading)
        #expect(pane.failure?.contains("PostTag") == true)
        let screen = session.screen.lines.joined(separator: "\n")
        #expect(screen.contains("could not read rows"))
        #expect(!screen.contains("reading rows…"))
        #expect(!screen.contains("no rows"))
    }

    /// A picker over a table with damaged pages: typing reads every row, the read fails on the
    /// damage, and the picker says so instead of reading forever.
    @Test func thePickerSaysAReadOfDamagedPagesFailed() async throws {
        let database = try await BrowserDatabase([
            #"CREATE TABLE "Post" (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"#,
            #"CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
            #"CREATE TABLE "PostTag" (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id))"#,
            #"INSERT INTO "Post" VALUES (1, 'Ommi is Great')"#,
            #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) INSERT INTO "Tag" SELECT i, printf('tag %d %.200c', i, 'x') FROM n"#,
            #"INSERT INTO "PostTag" VALUES (1, 1)"#,
        ])
        defer { database.remove() }
        let file = try FileHandle(forUpdating: URL(fileURLWithPath: database.path))
        let size = try file.seekToEnd()
        // The header of every page in the second half: no page type is 0xFF.
        for offset in stride(from: size / 2 / 4096 * 4096, to: size, by: 4096) {
            try file.seek(toOffset: offset)
            file.write(Data(repeating: 0xFF, count: 16))
        }
        try file.close()
        // A connection of its own: the one that wrote the rows holds the pages undamaged in its cache.
        let damaged = Ommi(try await SQLiteDriver.connect(path: database.path))
        let models = try await ModelCollection.reflect(from: damaged)
        let session = BrowserSession(database: damaged, models: models, size: ScreenSize(width: 80, height: 24))
        session.start()
        session.open(try await PaneTarget.resolve(try PanePath(parsing: "Post/1/tags"), in: models, database: damaged))
        await session.finishReads()
        await session.press(.character("a"))
        await session.type("no such tag")
        let picker = try #require(session.state.picker)
        #expect(!picker.loading)
        #expect(picker.failure?.contains("malformed") == true)
        #expect(session.screen.lines.joined(separator: "\n").contains("could not read"))
    }
}
