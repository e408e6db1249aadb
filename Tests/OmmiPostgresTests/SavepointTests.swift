#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import Testing

/// One line of a ledger, for transactions that keep some lines and lose others.
@Model(name: "ledger") struct LedgerLine {
    @Key var id: Int
    var memo: String
}

/// A transaction inside another is a savepoint: when it fails, even because the server refused
/// a statement (which on PostgreSQL aborts the whole transaction unless a savepoint catches it),
/// only its own work is undone and the outer transaction goes on to commit the rest.
@Suite struct SavepointTests {
    static func fixture() async throws -> PostgresFixture {
        let fixture = try await PostgresFixture.make()
        try await ModelCollection(LedgerLine.self).setup(on: fixture.db)
        return fixture
    }

    static func memos(_ db: Ommi) async throws -> [String] {
        try await db.find(LedgerLine.self).sorted(by: LedgerLine.id).all().map(\.memo)
    }

    @Test(
        "a nested transaction refused by the server rolls back alone; the outer one commits for every connection to see"
    )
    func refusedStatement() async throws {
        let fixture = try await Self.fixture()
        let db = fixture.db
        try await db.transaction {
            try await db.add(LedgerLine(id: 1, memo: "outer"))
            let error = await #expect(throws: OmmiError.self) {
                try await db.transaction {
                    try await db.add(LedgerLine(id: 2, memo: "inner, lost"))
                    try await db.add(LedgerLine(id: 1, memo: "duplicate key"))
                }
            }
            #expect(error?.kind == .constraint)
            try await db.add(LedgerLine(id: 3, memo: "after"))
        }
        #expect(try await Self.memos(db) == ["outer", "after"])
        #expect(try await fixture.rows("SELECT txid_current_if_assigned() IS NULL") == [["true"]])
        let other = try await fixture.database.connect()
        #expect(try await Self.memos(Ommi(other)) == ["outer", "after"])
        await other.close()
    }

    @Test("three levels: the innermost fails, the middle one and the outer one keep their work")
    func threeLevels() async throws {
        let fixture = try await Self.fixture()
        let db = fixture.db
        let statements = try await fixture.statements {
            try await db.transaction {
                try await db.add(LedgerLine(id: 1, memo: "outer"))
                try await db.transaction {
                    try await db.add(LedgerLine(id: 2, memo: "middle"))
                    _ = try? await db.transaction {
                        try await db.add(LedgerLine(id: 3, memo: "inner, lost"))
                        _ = try await fixture.driver.execute(SQLStatement("SELECT 1 / 0"))
                    }
                    try await db.add(LedgerLine(id: 4, memo: "middle again"))
                }
            }
        }
        #expect(try await Self.memos(db) == ["outer", "middle", "middle again"])
        let control = statements.filter { !$0.contains("ledger") && !$0.contains("1 / 0") }
        #expect(control.first == "BEGIN" && control.last == "COMMIT")
        // The savepoint open when the server refused the statement is the innermost
        // transaction's, and the only one rolled back.
        var open: [Substring] = []
        var openAtFailure: Substring?
        for sql in statements {
            if sql.hasPrefix("SAVEPOINT ") { open.append(sql.dropFirst("SAVEPOINT ".count)) }
            if sql.hasPrefix("RELEASE SAVEPOINT ") {
                open.removeAll { $0 == sql.dropFirst("RELEASE SAVEPOINT ".count) }
            }
            if sql.contains("1 / 0") { openAtFailure = open.last }
        }
        let innermost = try #require(openAtFailure)
        #expect(control.filter { $0.hasPrefix("ROLLBACK") } == ["ROLLBACK TO SAVEPOINT \(innermost)"])
        #expect(control.filter { $0.hasPrefix("SAVEPOINT") }.count == control.filter { $0.hasPrefix("RELEASE") }.count)
    }

    @Test("an outer transaction that fails after a nested one succeeded keeps nothing")
    func outerFailure() async throws {
        let fixture = try await Self.fixture()
        let db = fixture.db
        await #expect(throws: OmmiError.self) {
            try await db.transaction {
                try await db.transaction { _ = try await db.add(LedgerLine(id: 1, memo: "nested")) }
                try await db.add(LedgerLine(id: 1, memo: "duplicate key"))
            }
        }
        #expect(try await Self.memos(db).isEmpty)
    }
}
#endif
