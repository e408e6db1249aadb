import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite
import Synchronization
import TerminalUI
import Testing

/// A watching session on a real file while another connection writes to it, and while nothing
/// changes.
@Suite struct LiveSessionTests {
    /// A watching session on ``SnapshotData/blog`` showing the rows of Post, reads done.
    private func watchingPosts(_ database: BrowserDatabase) async -> BrowserSession {
        let session = BrowserSession(
            database: database.database, models: database.models, size: ScreenSize(width: 80, height: 24))
        await session.watch()
        session.start()
        await session.finishReads()
        await session.press(.down, .down, .enter)
        return session
    }

    /// Pumps the session until `done` holds or `limit` passes; returns whether it holds.
    private func waitUntil(_ session: BrowserSession, _ limit: Duration, _ done: (AppState) -> Bool) async throws
        -> Bool
    {
        let clock = ContinuousClock()
        let start = clock.now
        while !done(session.state), clock.now - start < limit {
            await session.settle()
            try await Task.sleep(for: .milliseconds(5))
        }
        return done(session.state)
    }

    /// How soon is not asked here: tests of this target that block their threads can hold the
    /// signal's timer back for seconds. The end-to-end tests check 2 s in a process of its own,
    /// and `ommi-bench`'s observe_latency measures the latency.
    @Test func anOutsideCommitReachesRowsCountsAndTheModelList() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog)
        defer { database.remove() }
        let session = await watchingPosts(database)
        let path = try #require((database.database.driver as? SQLiteDriver)?.path)
        let before = try #require(session.state.current?.rows?.total)
        #expect(session.state.modelCounts["Post"] == .exact(before))
        await session.press(.down)
        let cursorRow = session.state.current?.rows?.currentRow
        let other = try await SQLiteDriver.connect(path: path)
        try await other.execute(SQLStatement(#"INSERT INTO "Post" VALUES (0, 'Written elsewhere', NULL, 1, NULL)"#))
        let followed = try await waitUntil(session, .seconds(30)) { state in
            state.current?.rows?.total == before + 1 && state.modelCounts["Post"] == .exact(before + 1)
        }
        try #require(followed)
        let rows = try #require(session.state.current?.rows)
        #expect(rows.window.rows.first?.values[1] == .text("Written elsewhere"))
        // The cursor stayed on its row, which moved down one place.
        #expect(rows.currentRow == cursorRow)
        #expect(rows.cursor == 2)
        #expect(session.state.status == .info("1 row changed elsewhere"))
    }

    @Test func anIdleWatchingSessionReadsNothing() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog)
        defer { database.remove() }
        let session = await watchingPosts(database)
        let statements = Mutex<[String]>([])
        database.database.trace { sql in statements.withLock { $0.append(sql) } }
        try await Task.sleep(for: .seconds(1))
        database.database.trace(nil)
        #expect(statements.withLock { $0 }.isEmpty)
        #expect(!session.pump())
    }
}
