import Foundation
import OmmiSQLite
import Testing

@testable import Ommi

/// SQLite's table rebuild under migrations: what it keeps, what it refuses, and the foreign key
/// check before commit.
@Suite struct TableRebuildTests {
    let test: TestDatabase

    init() async throws {
        test = try await TestDatabase.open(.file)
        try await test.execute([
            "CREATE TABLE \"Author\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" TEXT NOT NULL, \"email\" TEXT UNIQUE)",
            "CREATE TABLE \"Book\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"title\" TEXT NOT NULL, \"year\" TEXT NOT NULL, "
                + "\"authorID\" INTEGER NOT NULL REFERENCES \"Author\" (\"id\"))",
            "CREATE INDEX \"Book_year_index\" ON \"Book\" (\"year\")",
            "CREATE INDEX \"Book_title_index\" ON \"Book\" (\"title\")",
            "CREATE TABLE \"Log\" (\"entry\" TEXT)",
            "CREATE TRIGGER \"Book_logged\" AFTER INSERT ON \"Book\" BEGIN INSERT INTO \"Log\" VALUES (NEW.\"title\"); END",
            "INSERT INTO \"Author\" VALUES (1, 'Le Guin', 'ul@example.org'), (2, 'Calvino', NULL)",
            "INSERT INTO \"Book\" VALUES (1, 'The Dispossessed', '1974', 1), (2, 'Invisible Cities', '1972', 2)",
        ])
    }

    func migrate(_ name: String, _ body: @escaping @Sendable (Migration) async throws -> Void) async throws {
        var migrator = Migrator()
        migrator.register(name, body)
        try await migrator.migrate(test.db)
    }

    @Test func aTypeChangeKeepsRowsIndexesTriggersAndUniqueConstraints() async throws {
        let year = FieldSchema(name: "year", valueType: Int.self)
        try await migrate("numeric year") { try await $0.changeType(of: "year", in: "Book", to: year) }
        #expect(
            try await test.strings("SELECT typeof(\"year\") || ':' || \"year\" FROM \"Book\" ORDER BY \"id\"") == [
                "integer:1974", "integer:1972",
            ])
        #expect(try await test.strings("SELECT type FROM pragma_table_info('Book') WHERE name = 'year'") == ["INTEGER"])
        let indexes = try await test.strings(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'Book' ORDER BY name")
        #expect(indexes == ["Book_authorID_index", "Book_title_index", "Book_year_index"])
        try await test.execute(["INSERT INTO \"Book\" VALUES (3, 'Earthsea', 1968, 1)"])
        #expect(
            try await test.strings("SELECT \"entry\" FROM \"Log\" ORDER BY rowid") == [
                "The Dispossessed", "Invisible Cities", "Earthsea",
            ])
        #expect(try await test.strings("SELECT \"table\" FROM pragma_foreign_key_list('Book')") == ["Author"])
        let orphan = await #expect(throws: OmmiError.self) {
            try await test.execute(["INSERT INTO \"Book\" VALUES (4, 'Nobody', 2000, 9)"])
        }
        #expect(orphan?.kind == .constraint)
    }

    @Test func aUniqueConstraintOfARebuiltTableStillHolds() async throws {
        try await migrate("drop name") { try await $0.dropColumn("name", from: "Author") }
        let duplicate = await #expect(throws: OmmiError.self) {
            try await test.execute(["INSERT INTO \"Author\" VALUES (3, 'ul@example.org')"])
        }
        #expect(duplicate?.kind == .constraint)
        #expect(try await test.strings("SELECT name FROM pragma_table_info('Author') ORDER BY cid") == ["id", "email"])
        #expect(try await test.strings("SELECT count(*) FROM \"Book\"") == ["2"])
    }

    @Test func droppingAnIndexedColumnDropsItsIndexOnly() async throws {
        try await migrate("drop year") { try await $0.dropColumn("year", from: "Book") }
        #expect(
            try await test.strings("SELECT name FROM pragma_table_info('Book') ORDER BY cid") == [
                "id", "title", "authorID",
            ])
        let indexes = try await test.strings(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'Book' ORDER BY name")
        #expect(indexes == ["Book_authorID_index", "Book_title_index"])
        #expect(
            try await test.strings("SELECT \"title\" FROM \"Book\" ORDER BY \"id\"") == [
                "The Dispossessed", "Invisible Cities",
            ])
    }

    @Test func aReferenceLeftDanglingRollsTheMigrationBackWithTheViolations() async throws {
        let error = await #expect(throws: OmmiError.self) {
            try await migrate("drop authors") { try await $0.dropTable(named: "Author") }
        }
        #expect(error?.kind == .constraint)
        #expect(
            error?.message == "migration \"drop authors\" failed: foreign key check failed: "
                + "Book row 1 references a missing Author; Book row 2 references a missing Author")
        #expect(try await test.strings("SELECT count(*) FROM \"Author\"") == ["2"])
        #expect(try await test.strings("PRAGMA foreign_keys") == ["1"])
    }

    @Test func aTableWithAClauseTheRebuildWouldLoseIsRefused() async throws {
        try await test.driver.execute(
            SQLStatement("CREATE TABLE \"Checked\" (\"id\" INTEGER PRIMARY KEY, \"n\" TEXT CHECK (length(\"n\") > 0))"))
        let error = await #expect(throws: OmmiError.self) {
            try await migrate("numeric n") {
                try await $0.changeType(of: "n", in: "Checked", to: FieldSchema(name: "n", valueType: Int?.self))
            }
        }
        #expect(
            error?.message
                == "migration \"numeric n\" failed: Checked cannot be rebuilt: its definition has CHECK, which the new table would lose"
        )
        #expect(TableRebuild.unkeptClause("CREATE TABLE \"check\" ('ON' TEXT, [strict] INT)") == nil)
    }

    @Test func uniqueConstraintsAreAddedAndDroppedByName() async throws {
        try await migrate("unique titles") {
            try await $0.addUnique("Book_title_unique", on: "Book", columns: ["title"])
        }
        let duplicate = await #expect(throws: OmmiError.self) {
            try await test.execute(["INSERT INTO \"Book\" VALUES (3, 'Invisible Cities', '1972', 2)"])
        }
        #expect(duplicate?.kind == .constraint)
        try await migrate("titles may repeat") { try await $0.dropUnique("Book_title_unique", on: "Book") }
        try await test.execute(["INSERT INTO \"Book\" VALUES (3, 'Invisible Cities', '1972', 2)"])
        #expect(try await test.strings("SELECT count(*) FROM \"Book\" WHERE \"title\" = 'Invisible Cities'") == ["2"])
    }

    @Test func migrationsRefuseToRunInsideATransaction() async throws {
        let error = await #expect(throws: OmmiError.self) {
            try await test.db.transaction {
                try await migrate("inside") { try await $0.dropColumn("year", from: "Book") }
            }
        }
        #expect(
            error?.message
                == "migration \"inside\" failed: migrations cannot run inside a transaction: foreign keys cannot be switched off there"
        )
        #expect(
            try await test.strings("SELECT name FROM pragma_table_info('Book') ORDER BY cid") == [
                "id", "title", "year", "authorID",
            ])
    }
}
