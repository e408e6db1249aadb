import TerminalUI
import Testing

@testable import OmmiBrowse

/// The picker, the question before a detach, and the screen after a change, at 80×24.
@Suite struct EditSnapshotTests {
    /// A session on post 1's tags, through the record of post 1.
    static func tagsOfFirstPost() async throws -> (BrowserDatabase, BrowserSession) {
        let (database, session) = try await BrowserDatabase.postRows()
        await session.press(.enter, .character("G"), .enter)
        return (database, session)
    }

    /// `a` lists the tags post 1 does not have yet, narrowed by what was typed.
    @Test func picker() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await session.press(.character("a"))
        await session.type("e")
        #expect(session.state.picker != nil)
        Snapshot.check(session.screen, named: "picker.txt")
    }

    /// `d` asks before anything is detached.
    @Test func question() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await session.press(.character("d"))
        Snapshot.check(session.screen, named: "detach-question.txt")
    }

    /// After `y` the row is gone from the pane and the status line says what happened.
    @Test func detached() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await session.press(.character("d"), .character("y"))
        Snapshot.check(session.screen, named: "detached.txt")
    }

    /// Detaching the last row leaves the cursor on the row before it, not on an empty pane.
    @Test func detachingTheLastRowKeepsTheOthersInView() async throws {
        let (database, session) = try await Self.tagsOfFirstPost()
        defer { database.remove() }
        await session.press(.character("G"), .character("d"), .character("y"))
        let pane = try #require(session.state.current?.rows)
        #expect(pane.window.rows.map { $0.values[0] } == [.integer(101)])
        #expect(pane.cursor == 0)
        #expect(pane.total == 1)
    }
}
