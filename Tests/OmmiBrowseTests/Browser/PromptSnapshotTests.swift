import TerminalUI
import Testing

@testable import OmmiBrowse

/// Search, filter and sort on the rows of Post at 80×24.
@Suite struct PromptSnapshotTests {
    /// The search prompt while typing, at the bottom, with a bar for the cursor.
    @Test func searchPrompt() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(.character("/"))
        await session.type("number 3")
        Snapshot.check(session.screen, named: "search-prompt.txt")
    }

    /// A submitted search: the cursor on the first row after it that contains the text, a few
    /// rows above it shown, and the status line saying where it was found.
    @Test func search() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(.character("/"))
        await session.type("number 3")
        await session.press(.enter)
        #expect(session.state.current?.rows?.currentRow?.values.first == .integer(30))
        Snapshot.check(session.screen, named: "search.txt")
    }

    /// A filter: only matching rows, their count, and the filter in the breadcrumb.
    @Test func filter() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(.character("f"))
        await session.type(#"title ~ "swift" or id >= 38"#)
        await session.press(.enter)
        #expect(session.state.current?.rows?.total == 4)
        Snapshot.check(session.screen, named: "filter.txt")
    }

    /// A filter that matches nothing says so in the pane.
    @Test func filterWithoutMatches() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(.character("f"))
        await session.type("id > 1000")
        await session.press(.enter)
        Snapshot.check(session.screen, named: "filter-no-match.txt")
    }

    /// A malformed filter: the prompt stays with what was typed, and the line above it says
    /// what is wrong and where; the rows are unchanged.
    @Test func filterError() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(.character("f"))
        await session.type("title ~")
        await session.press(.enter)
        #expect(session.state.prompt != nil)
        Snapshot.check(session.screen, named: "filter-error.txt")
    }

    /// `s` twice: descending by id, marked in the header.
    @Test func sorted() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(.character("s"), .character("s"))
        #expect(session.state.current?.rows?.currentRow?.values.first == .integer(40))
        Snapshot.check(session.screen, named: "sorted.txt")
    }

    /// A search longer than the screen, in wide characters: the start gives way to `…` so the
    /// last characters typed and the cursor stay in view.
    @Test func longWideSearchPrompt() async throws {
        let (database, session) = try await BrowserDatabase.postRows()
        defer { database.remove() }
        await session.press(.character("/"))
        await session.type(String(repeating: "漢字", count: 25) + " end")
        Snapshot.check(session.screen, named: "search-prompt-wide.txt")
    }
}
