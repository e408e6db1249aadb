import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Searching through a real SQLite file: `/` finds the first match after the cursor, `n` and `N`
/// walk forward and back through the matches, and the ends say there are no more.
@Suite struct SessionSearchTests {
    private func postRows() async throws -> (BrowserDatabase, BrowserSession) {
        let database = try await BrowserDatabase(SnapshotData.blog)
        let session = await database.session()
        await session.press(.down, .down, .enter)
        return (database, session)
    }

    private func currentID(_ session: BrowserSession) -> DatabaseValue? {
        session.state.current?.rows?.currentRow?.values.first
    }

    /// Matching ignores case; each `n` goes to the next matching row after the cursor and `N`
    /// to the one before it.
    @Test func nextAndPreviousWalkThroughTheMatches() async throws {
        let (database, session) = try await postRows()
        defer { database.remove() }
        await session.press(.character("/"))
        await session.type("NUMBER 3")
        await session.press(.enter)
        #expect(currentID(session) == .integer(30))
        await session.press(.character("n"))
        #expect(currentID(session) == .integer(31))
        await session.press(.character("n"), .character("n"))
        #expect(currentID(session) == .integer(33))
        await session.press(.character("N"))
        #expect(currentID(session) == .integer(32))
        #expect(session.state.status?.text == "\"NUMBER 3\" found in row 32; n next, N previous")
    }

    /// `n` on the last match leaves the cursor there and says no more rows match.
    @Test func theLastMatchSaysThereAreNoMore() async throws {
        let (database, session) = try await postRows()
        defer { database.remove() }
        await session.press(.character("/"))
        await session.type("number 39")
        await session.press(.enter)
        #expect(currentID(session) == .integer(39))
        await session.press(.character("n"))
        #expect(currentID(session) == .integer(39))
        #expect(session.state.status?.text == "no more rows contain \"number 39\"")
    }

    /// `n` past the last match goes on from the first row, and says so.
    @Test func searchWrapsAround() async throws {
        let (database, session) = try await postRows()
        defer { database.remove() }
        await session.press(.character("G"), .character("/"))
        await session.type("number 20")
        await session.press(.enter)
        #expect(currentID(session) == .integer(20))
        #expect(session.state.status?.text == "\"number 20\" found in row 20 (from the other end); n next, N previous")
    }

    /// A search looks in every text column, not only the one shown first.
    @Test func searchLooksInEveryColumn() async throws {
        let (database, session) = try await postRows()
        defer { database.remove() }
        await session.press(.character("/"))
        await session.type("all the way")
        await session.press(.enter)
        #expect(currentID(session) == .integer(2))
    }

    /// A search honours the filter: rows the filter hides are never found.
    @Test func searchStaysInsideTheFilter() async throws {
        let (database, session) = try await postRows()
        defer { database.remove() }
        await session.press(.character("f"))
        await session.type("id >= 35")
        await session.press(.enter, .character("/"))
        await session.type("number 3")
        await session.press(.enter)
        #expect(currentID(session) == .integer(36))
        #expect(session.state.current?.rows?.cursor == 1)
    }
}
