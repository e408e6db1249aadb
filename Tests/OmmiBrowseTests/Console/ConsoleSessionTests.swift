import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite
import TerminalUI
import Testing

/// The SQL console on a real SQLite file: a query's rows paged to the last through a cursor, a
/// change asked about and then run in one transaction and shown, a change refused by a
/// read-only connection, and the history kept per database.
@Suite struct ConsoleSessionTests {
    /// Five hundred numbered rows, more than one window of a statement pane.
    static let numbers: [String] = [
        #"CREATE TABLE "Number" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL, "even" INTEGER NOT NULL)"#,
        #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) INSERT INTO "Number" SELECT i, 'number ' || i, 1 - i % 2 FROM n"#,
    ]

    private func values(_ sql: String, in database: Ommi) async throws -> [[DatabaseValue]] {
        var rows: [[DatabaseValue]] = []
        try await database.driver.query(SQLStatement(sql)) { rows.append($0.values) }
        return rows
    }

    private func run(_ session: BrowserSession, _ sql: String) async {
        await session.press(.character(":"))
        await session.type(sql)
        await session.press(.enter)
    }

    @Test func aQueryIsPagedToItsLastRow() async throws {
        let database = try await BrowserDatabase(Self.numbers)
        defer { database.remove() }
        let session = await database.session()
        let sql = #"SELECT "id", "name" AS label, "id" * 2 AS "id" FROM "Number" WHERE "even" = 1 ORDER BY "id" DESC"#
        await run(session, sql)
        let expected = try await values(sql, in: database.database)
        var pane = try #require(session.state.current?.content as? StatementRowsPane)
        #expect(pane.table.columns == ["id", "label", "id:2"])
        #expect(pane.table.window.rows.count < expected.count)
        #expect(session.state.current?.content.position == "row 1 of …")
        await session.press(.character("G"))
        pane = try #require(session.state.current?.content as? StatementRowsPane)
        #expect(pane.table.total == expected.count)
        #expect(pane.table.currentRow?.values == expected.last)
        #expect(session.state.current?.content.position == "row \(expected.count) of \(expected.count)")
        await session.press(.character("g"), .down)
        pane = try #require(session.state.current?.content as? StatementRowsPane)
        #expect(pane.table.currentRow?.values == expected[1])
        await session.press(.pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown, .pageDown)
        pane = try #require(session.state.current?.content as? StatementRowsPane)
        let page = Layout(session.state.size).visibleRows
        #expect(pane.table.currentRow?.values == expected[1 + 7 * page])
    }

    @Test func aChangeIsAskedAboutThenRunAndShown() async throws {
        let database = try await BrowserDatabase(Self.numbers)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter)
        let update = #"UPDATE "Number" SET "name" = 'changed' WHERE "id" <= 3"#
        await run(session, update)
        #expect((session.state.modal as? Console)?.pending?.sql == update)
        await session.press(.character("n"))
        #expect(session.state.status?.text == "nothing was run")
        #expect(
            try await values(#"SELECT count(*) FROM "Number" WHERE "name" = 'changed'"#, in: database.database) == [
                [.integer(0)]
            ])
        await run(session, update)
        await session.press(.character("y"))
        let changed = try await values(#"SELECT "id" FROM "Number" WHERE "name" = 'changed'"#, in: database.database)
        #expect(changed.count == 3)
        #expect(session.state.status?.text == "\(changed.count) rows changed")
        let rows = try #require(session.state.current?.rows)
        #expect(rows.window.rows.prefix(3).map { $0.values[1] } == Array(repeating: .text("changed"), count: 3))
    }

    /// A change reads everything again, not only the pane on top: the rows pane under a record,
    /// the record itself, and the model list, where a table the console created appears.
    @Test func aChangeReadsEveryPaneAndTheSchemaAgain() async throws {
        let database = try await BrowserDatabase(Self.numbers)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter, .enter)
        #expect(session.state.current?.record?.row.values.first == .integer(1))
        await run(session, #"UPDATE "Number" SET "name" = 'first' WHERE "id" = 1"#)
        await session.press(.character("y"))
        await session.finishReads()
        #expect(session.state.current?.record?.row.values[1] == .text("first"))
        await session.press(.escape)
        #expect(session.state.current?.rows?.currentRow?.values[1] == .text("first"))
        #expect(!session.state.models.contains { $0.tableName == "Added" })
        await run(session, #"CREATE TABLE "Added" ("id" INTEGER PRIMARY KEY)"#)
        await session.press(.character("y"))
        await session.finishReads()
        #expect(session.state.models.contains { $0.tableName == "Added" })
    }

    @Test func aReadOnlyConnectionRefusesTheChange() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("numbers.db").path
        let writer = try await SQLiteDriver.connect(path: path, options: .create)
        for sql in Self.numbers { try await writer.execute(SQLStatement(sql)) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let database = Ommi(try await SQLiteDriver.connect(path: path, options: .readOnly))
        let session = BrowserSession(
            database: database, models: try await ModelCollection.reflect(from: database),
            size: ScreenSize(width: 80, height: 24), readOnly: true)
        session.start()
        await session.finishReads()
        await run(session, #"DELETE FROM "Number""#)
        await session.press(.character("y"))
        let status = try #require(session.state.status)
        #expect(status.isError)
        #expect(status.text.hasPrefix("not run: "))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func historyIsRecalledAndKeptPerDatabase() async throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-state-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: state) }
        let database = try await BrowserDatabase(Self.numbers)
        defer { database.remove() }
        let history = try #require(ConsoleHistory(database: "/data/music.db", environment: ["XDG_STATE_HOME": state]))
        let other = try #require(
            ConsoleHistory(database: "/elsewhere/music.db", environment: ["XDG_STATE_HOME": state]))
        #expect(history.path.hasPrefix(state + "/ommi-browse/music.db-"))
        #expect(history.path != other.path)
        let session = BrowserSession(
            database: database.database, models: database.models, size: ScreenSize(width: 80, height: 24),
            history: history)
        await run(session, "SELECT 1")
        await session.press(.escape)
        await run(session, "SELECT 2")
        await session.press(.escape, .character(":"), .character("x"), .up)
        #expect((session.state.modal as? Console)?.text == "SELECT 2")
        await session.press(.up, .up)
        #expect((session.state.modal as? Console)?.text == "SELECT 1")
        await session.press(.down, .down)
        #expect((session.state.modal as? Console)?.text == "x")
        #expect(history.load() == ["SELECT 1", "SELECT 2"])
        #expect(other.load() == [])
        let home = try #require(ConsoleHistory(database: "music.db", environment: ["HOME": "/home/someone"]))
        #expect(home.path.hasPrefix("/home/someone/.local/state/ommi-browse/music.db-"))
    }

    @Test func snapshots() async throws {
        let database = try await BrowserDatabase(Self.numbers)
        defer { database.remove() }
        let session = await database.session()
        await run(session, #"SELECT "id", "name" FROM "Number" WHERE "even" = 1"#)
        Snapshot.check(session.screen, named: "console-rows.txt")
        await run(session, #"UPDATE "Number" SET "name" = upper("name")"#)
        Snapshot.check(session.screen, named: "console-question.txt")
    }
}
