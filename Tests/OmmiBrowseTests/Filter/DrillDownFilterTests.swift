import Ommi
import OmmiBrowse
import TerminalUI
import Testing

/// `b` in a relation's rows: the drill-down that led there becomes a filter on all the rows of
/// the model, selecting the same rows, shown in the prompt to edit and widen.
@Suite struct DrillDownFilterTests {
    private func count(_ sql: String, in database: BrowserDatabase) async throws -> Int {
        var total = 0
        try await database.database.driver.query(SQLStatement(sql)) { total = try $0.decode(Int.self, at: 0) }
        return total
    }

    /// Moves the record pane's cursor to the relation called `name` and opens it.
    private func openRelation(_ name: String, in session: BrowserSession) async throws {
        for _ in 0..<20 where session.state.current?.record?.currentRelation?.name != name {
            await session.press(.down)
        }
        #expect(session.state.current?.record?.currentRelation?.name == name)
        await session.press(.enter)
    }

    @Test func thePathBecomesAFilterOnEveryRow() async throws {
        let database = try await BrowserDatabase(FilterRelationTests.statements)
        defer { database.remove() }
        let session = await database.session()
        let target = try await PaneTarget.resolve(
            try PanePath(parsing: "Artist/1/albums"), in: database.models, database: database.database)
        session.open(target)
        await session.finishReads()
        await session.press(.enter)
        try await openRelation("tracks", in: session)
        let drilled = try #require(session.state.current?.rows)
        let shown = drilled.window.rows
        #expect(session.state.panes.map(\.title).joined(separator: " › ").hasSuffix("albums › #1 Nevermind › tracks"))
        await session.press(.character("b"))
        let prompt = try #require(session.state.prompt)
        #expect(prompt.text == "album.artist.ArtistId = 1 and album.AlbumId = 1")
        #expect(session.state.panes.count == 1)
        let filtered = try #require(session.state.current?.rows)
        #expect(filtered.scope == nil)
        #expect(filtered.window.rows == shown)
        #expect(filtered.total == (try await count("SELECT count(*) FROM Track WHERE AlbumId = 1", in: database)))
        await session.press(.control("u"))
        await session.type("album.artist.ArtistId = 1")
        await session.press(.enter)
        let widened = try #require(session.state.current?.rows)
        let nirvana = try await count(
            "SELECT count(*) FROM Track JOIN Album USING (AlbumId) WHERE ArtistId = 1", in: database)
        #expect(widened.total == nirvana)
        #expect(nirvana > shown.count)
        await session.press(.escape)
        #expect(session.state.panes.last?.title == "tracks")
    }

    @Test func allRowsOfAModelHaveNoPath() async throws {
        let database = try await BrowserDatabase(FilterRelationTests.statements)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter, .character("b"))
        #expect(session.state.prompt == nil)
        #expect(session.state.status?.text == "these are all the rows of Album: no path to turn into a filter")
    }
}
