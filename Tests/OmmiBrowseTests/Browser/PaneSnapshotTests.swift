import TerminalUI
import Testing

@testable import OmmiBrowse

/// Each pane at 80×24 on a real SQLite blog, from the model list down to a many-to-many relation.
@Suite struct PaneSnapshotTests {
    /// The models in the list are Author, Comment, Hostile, Post, PostSummary, PostTag, Tag:
    /// Post is the fourth.
    private func openPosts(_ session: BrowserSession) async {
        await session.press(.down, .down, .down, .enter)
    }

    /// At start: the models sorted by name with their row counts, the first one under the cursor,
    /// a hint where the pane goes, and the keys of the model list.
    @Test func modelList() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        Snapshot.check(session.screen, named: "model-list.txt")
    }

    /// A model's rows: a header, columns fitted to the width, long text cut with `…`, a tab and a
    /// newline shown as symbols, wide characters aligned, and the position on the status line.
    @Test func rows() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        await openPosts(session)
        Snapshot.check(session.screen, named: "rows.txt")
    }

    /// Columns scrolled two to the right: the first shown is `body`, and referenced authors
    /// appear with their names beside their keys.
    @Test func scrolledColumns() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        await openPosts(session)
        await session.press(.character("l"), .character("l"))
        Snapshot.check(session.screen, named: "scrolled.txt")
    }

    /// `G` on the rows: the last rows, the cursor on the last one.
    @Test func lastRow() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        await openPosts(session)
        await session.press(.character("G"))
        #expect(session.state.current?.rows?.cursor == 39)
        Snapshot.check(session.screen, named: "last-row.txt")
    }

    /// A record: every field, then its relations, to-one with the target's label, to-many and
    /// many-to-many with their counts; the breadcrumb names the record by key and title.
    @Test func record() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        await openPosts(session)
        await session.press(.enter)
        Snapshot.check(session.screen, named: "record.txt")
    }

    /// The tags of post 1, through the association table.
    @Test func manyToMany() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        await openPosts(session)
        await session.press(.enter, .character("G"), .enter)
        #expect(session.state.current?.rows?.relation?.kind == .manyToMany)
        Snapshot.check(session.screen, named: "many-to-many.txt")
    }

    /// The comments of post 1, a to-many relation.
    @Test func toMany() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        await openPosts(session)
        let fields = try #require(session.state.current?.rows).schema.fields.count
        await session.press(.enter)
        await session.press(Array(repeating: Key.down, count: fields + 1))
        #expect(session.state.current?.record?.currentRelation?.name == "comments")
        await session.press(.enter)
        Snapshot.check(session.screen, named: "to-many.txt")
    }

    /// A view has no key, so it is marked `◦` in the list and its rows are paged by position;
    /// `G` still reaches the last row.
    @Test func viewRows() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.down, .down, .down, .down, .enter)
        #expect(session.state.current?.rows?.schema.isReadOnly == true)
        Snapshot.check(session.screen, named: "view-rows.txt")
        await session.press(.character("G"))
        #expect(session.state.current?.rows?.cursor == 39)
        Snapshot.check(session.screen, named: "view-last-row.txt")
    }

    /// Before the first rows arrive the pane says it is reading, and counts not yet known
    /// show as `…`: the screen is drawn at once, never held up by a read.
    @Test func loading() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = BrowserSession(
            database: database.database, models: database.models, size: ScreenSize(width: 80, height: 24))
        session.start()
        await session.press(.down, .down)
        session.send(.down)
        session.send(.enter)
        Snapshot.check(session.screen, named: "loading.txt")
        await session.finishReads()
        #expect(session.state.current?.rows?.loading == false)
    }

    /// `?` over the rows: every key in a box in the middle of the screen.
    @Test func help() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog + SnapshotData.hostile)
        defer { database.remove() }
        let session = await database.session()
        await openPosts(session)
        await session.press(.character("?"))
        Snapshot.check(session.screen, named: "help.txt")
    }
}
