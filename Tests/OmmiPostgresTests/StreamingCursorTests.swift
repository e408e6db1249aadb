#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import PostgresServer
import Testing

/// `cursor(_:)` reads a query a window at a time through a server-side cursor, never the whole
/// result, and gives its connection back when the rows run out or the cursor is dropped.
@Suite struct StreamingCursorTests {
    /// How many values the sequence `ticks` has handed out, read on a connection of its own.
    static func ticks(_ fixture: PostgresFixture) async throws -> DatabaseValue {
        try await fixture.rows("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM ticks")[0][0]
    }

    /// The sessions of the fixture's database that sit in an open transaction.
    static func openTransactions(_ fixture: PostgresFixture) async throws -> DatabaseValue {
        try await fixture.rows(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'"
        )[0][0]
    }

    @Test("a big result is produced by the server only as fast as its windows are read")
    func readsInWindows() async throws {
        let fixture = try await PostgresFixture.make(["CREATE SEQUENCE ticks"])
        // Each row the server produces takes a number from the sequence, which other sessions
        // see at once: the sequence counts the rows produced so far.
        let cursor = try await fixture.driver.cursor(
            SQLStatement("SELECT nextval('ticks'), $1::text FROM generate_series(1, 1000000)", ["row"]))
        var read: [DatabaseValue] = []
        #expect(try await cursor.next(100) { read.append($0.value(at: 0)) })
        #expect(read == (1...100).map { .integer(Int64($0)) })
        #expect(try await Self.ticks(fixture) == 100)
        #expect(try await cursor.next(250) { read.append($0.value(at: 0)) })
        #expect(read.count == 350)
        #expect(try await Self.ticks(fixture) == 350)
        #expect(try await Self.openTransactions(fixture) == 1)
    }

    @Test("the connection goes back when the rows run out, and when the cursor is dropped")
    func givesTheConnectionBack() async throws {
        let fixture = try await PostgresFixture.make()
        var cursor: (any DriverCursor)? = try await fixture.driver.cursor(
            SQLStatement("SELECT n FROM generate_series(1, 10) AS n"))
        var total = 0
        while try await cursor?.next(4, { _ in total += 1 }) == true {}
        #expect(total == 10)
        #expect(try await Self.openTransactions(fixture) == 0)
        cursor = try await fixture.driver.cursor(SQLStatement("SELECT n FROM generate_series(1, 10) AS n"))
        #expect(try await cursor?.next(4) { _ in } == true)
        #expect(try await Self.openTransactions(fixture) == 1)
        cursor = nil
        var open: DatabaseValue = 1
        for _ in 0..<50 where open != 0 {
            try await Task.sleep(for: .milliseconds(50))
            open = try await Self.openTransactions(fixture)
        }
        #expect(open == 0)
    }

    @Test("statements that are not queries, and queries no cursor can be declared for, still run through it")
    func otherStatements() async throws {
        let fixture = try await PostgresFixture.make(["CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"])
        var returned: [DatabaseValue] = []
        let insert = try await fixture.driver.cursor(
            SQLStatement("INSERT INTO notes VALUES (1, 'a'), (2, 'b') RETURNING id"))
        while try await insert.next(1, { returned.append($0.value(at: 0)) }) {}
        #expect(returned == [1, 2])
        let update = try await fixture.driver.cursor(SQLStatement("UPDATE notes SET body = 'c' WHERE id = 2"))
        #expect(try await update.next(10) { _ in } == false)
        // A WITH that writes cannot be a cursor's query: it runs as it is.
        var deleted: [DatabaseValue] = []
        let with = try await fixture.driver.cursor(
            SQLStatement("WITH gone AS (DELETE FROM notes WHERE id = 1 RETURNING body) SELECT body FROM gone"))
        while try await with.next(10, { deleted.append($0.value(at: 0)) }) {}
        #expect(deleted == ["a"])
        #expect(try await fixture.rows("SELECT id, body FROM notes") == [[2, "c"]])
        #expect(try await Self.openTransactions(fixture) == 0)
    }

    @Test("a query's error surfaces when the cursor opens, and inside a transaction a cursor reads its rows")
    func errorsAndTransactions() async throws {
        let fixture = try await PostgresFixture.make(["CREATE TABLE notes (id INTEGER PRIMARY KEY)"])
        let error = await #expect(throws: OmmiError.self) {
            _ = try await fixture.driver.cursor(SQLStatement("SELECT * FROM missing"))
        }
        #expect(error?.kind == .schema)
        let seen = try await fixture.driver.transaction {
            try await fixture.driver.execute(SQLStatement("INSERT INTO notes VALUES (7)"))
            var seen: [DatabaseValue] = []
            let cursor = try await fixture.driver.cursor(SQLStatement("SELECT id FROM notes"))
            while try await cursor.next(10, { seen.append($0.value(at: 0)) }) {}
            return seen
        }
        #expect(seen == [7])
        #expect(try await Self.openTransactions(fixture) == 0)
    }
}
#endif
