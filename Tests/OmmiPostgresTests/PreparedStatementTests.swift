#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import Testing

/// A named count, for statements run many times with different values.
@Model(name: "tallies") struct Tally {
    @Key var name: String
    var count: Int
}

/// Each query shape is prepared once on the connection and then only bound and run, whatever
/// the values: the server's list of prepared statements grows by shape, not by call.
@Suite struct PreparedStatementTests {
    static let runs = 25

    /// The statements prepared on the driver's connection, and how often each has run.
    static func prepared(_ fixture: PostgresFixture) async throws -> [(sql: String, runs: Int64)] {
        try await fixture.rows("SELECT statement, generic_plans + custom_plans FROM pg_prepared_statements").map {
            row in
            guard case .text(let sql) = row[0], case .integer(let runs) = row[1] else { return ("", 0) }
            return (sql, runs)
        }
    }

    @Test("adding, finding, counting and updating with different values leave one prepared statement per shape")
    func oneStatementPerShape() async throws {
        let fixture = try await PostgresFixture.make()
        try await ModelCollection(Tally.self).setup(on: fixture.db)
        let db = fixture.db
        let preparedBefore = try await Self.prepared(fixture)
        let traced = try await fixture.statements {
            for index in 0..<Self.runs {
                try await db.add(Tally(name: "t\(index)", count: index))
                _ = try await db.find(Tally.name == "t\(index)").one()
                _ = try await db.find(Tally.count > index).count()
                try await db.find(Tally.name == "t\(index)").update(Tally.count.set(to: index * 2))
            }
        }
        let shapes = Set(traced.filter { $0.contains("tallies") })
        #expect(shapes.count == 4)
        let prepared = try await Self.prepared(fixture)
        for shape in shapes {
            let entries = prepared.filter { $0.sql.contains(shape) }
            #expect(entries.count == 1, "\(shape)")
            #expect(entries.first?.runs == Int64(Self.runs), "\(shape)")
        }
        // The only other prepared statements are the ones before the loop: the catalog queries
        // setup compares the models with, and the query of the list itself.
        #expect(prepared.count == preparedBefore.count + shapes.count)
    }

    @Test("a table that changes shape under a prepared statement is read with its new columns")
    func changedTable() async throws {
        let fixture = try await PostgresFixture.make([
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes VALUES (1, 'first')",
        ])
        let select = "SELECT * FROM notes ORDER BY id"
        #expect(try await fixture.rows(select) == [[1, "first"]])
        try await fixture.driver.execute(
            SQLStatement("ALTER TABLE notes ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT true"))
        #expect(try await fixture.rows(select) == [[1, "first", "true"]])
    }

    @Test("a statement that fails stays usable for the next values")
    func failureKeepsTheStatement() async throws {
        let fixture = try await PostgresFixture.make()
        try await ModelCollection(Tally.self).setup(on: fixture.db)
        try await fixture.db.add(Tally(name: "once", count: 1))
        let error = await #expect(throws: OmmiError.self) { try await fixture.db.add(Tally(name: "once", count: 2)) }
        #expect(error?.kind == .constraint)
        #expect(error?.sqlState == "23505")
        try await fixture.db.add(Tally(name: "twice", count: 2))
        #expect(try await fixture.db.find(Tally.self).sorted(by: Tally.name).all().map(\.count) == [1, 2])
    }
}
#endif
