import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Paging through 2,000 rows of a real SQLite file by keyset: every step lands on the row its
/// position names, in both directions and in a sorted order, and memory stays within a window.
@Suite struct SessionPagingTests {
    private static let rows = 2_000

    private func numbers() async throws -> (BrowserDatabase, BrowserSession) {
        let database = try await BrowserDatabase([
            #"CREATE TABLE "Number" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
            #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO "Number" SELECT i, printf('n%05d', 2001 - i) FROM n"#,
        ])
        let session = await database.session()
        await session.press(.enter)
        return (database, session)
    }

    private func current(_ session: BrowserSession) -> (cursor: Int, id: DatabaseValue?) {
        let pane = session.state.current?.rows
        return (pane?.cursor ?? -1, pane?.currentRow?.values.first)
    }

    /// Page Down from the first row to the last, then Page Up back: the row under the cursor is
    /// always the one at the cursor's position, and the window never holds more than its capacity.
    @Test func pagingDownAndUpStaysInStep() async throws {
        let (database, session) = try await numbers()
        defer { database.remove() }
        var steps = 0
        while current(session).cursor < Self.rows - 1, steps < 200 {
            await session.press(.pageDown)
            steps += 1
            let (cursor, id) = current(session)
            #expect(id == .integer(Int64(cursor + 1)))
            #expect((session.state.current?.rows?.window.rows.count ?? 0) <= RowWindow.capacity)
        }
        #expect(current(session).cursor == Self.rows - 1)
        while current(session).cursor > 0, steps < 400 {
            await session.press(.pageUp)
            steps += 1
            let (cursor, id) = current(session)
            #expect(id == .integer(Int64(cursor + 1)))
        }
        #expect(current(session).cursor == 0)
    }

    /// `G` then `k` walks back from the last row one row at a time without a gap.
    @Test func lastThenUpWalksBackRowByRow() async throws {
        let (database, session) = try await numbers()
        defer { database.remove() }
        await session.press(.character("G"))
        #expect(current(session).id == .integer(2_000))
        #expect(session.state.current?.rows?.total == Self.rows)
        for expected in stride(from: 1_999, through: 1_700, by: -1) {
            await session.press(.character("k"))
            #expect(current(session).id == .integer(Int64(expected)))
        }
    }

    /// Sorted by `name` (which runs opposite to the key), paging keeps the sorted order:
    /// row n of the order is the row with key 2001 - n.
    @Test func pagingASortedPaneFollowsTheSort() async throws {
        let (database, session) = try await numbers()
        defer { database.remove() }
        await session.press(.character("l"), .character("s"))
        #expect(current(session).id == .integer(2_000))
        for _ in 0..<40 {
            await session.press(.pageDown)
            let (cursor, id) = current(session)
            #expect(id == .integer(Int64(Self.rows - cursor)))
        }
        await session.press(.character("G"))
        #expect(current(session).id == .integer(1))
    }
}
