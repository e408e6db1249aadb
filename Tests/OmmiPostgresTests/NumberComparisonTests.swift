#if PostgreSQL
import Ommi
import OmmiPostgres
import Testing

/// A whole-number column compared with fractions and with whole numbers through one query
/// shape, in either order: the browser's filters do both.
@Suite struct NumberComparisonTests {
    static let table = [
        #"CREATE TABLE "scores" ("id" BIGINT PRIMARY KEY, "rank" BIGINT NOT NULL)"#,
        #"INSERT INTO "scores" VALUES (1, 1), (2, 2), (3, 3)"#,
    ]

    static func ids(above bound: DatabaseValue, in fixture: PostgresFixture) async throws -> [DatabaseValue] {
        try await fixture.rows(#"SELECT "id" FROM "scores" WHERE "rank" > $1 ORDER BY "id""#, [bound]).map { $0[0] }
    }

    @Test("a fraction first, then a whole number, against a BIGINT column")
    func fractionThenWhole() async throws {
        let fixture = try await PostgresFixture.make(Self.table)
        #expect(try await Self.ids(above: .real(1.5), in: fixture) == [.integer(2), .integer(3)])
        #expect(try await Self.ids(above: .integer(2), in: fixture) == [.integer(3)])
    }

    @Test("a whole number first, then a fraction, against a BIGINT column")
    func wholeThenFraction() async throws {
        let fixture = try await PostgresFixture.make(Self.table)
        #expect(try await Self.ids(above: .integer(2), in: fixture) == [.integer(3)])
        #expect(try await Self.ids(above: .real(2.5), in: fixture) == [.integer(3)])
        #expect(try await Self.ids(above: .real(0.5), in: fixture) == [.integer(1), .integer(2), .integer(3)])
    }
}
#endif
