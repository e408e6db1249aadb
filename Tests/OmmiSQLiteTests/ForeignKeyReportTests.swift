import Foundation
import Ommi
import OmmiSQLite
import Testing

/// SQLite does not say which reference a refused write broke; the driver finds it, names it in
/// the error, and leaves nothing of its search behind.
@Suite struct ForeignKeyReportTests {
    static let schema = [
        "CREATE TABLE shelves (aisle TEXT, position INTEGER, label TEXT, PRIMARY KEY (aisle, position))",
        "CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT)",
        """
        CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, ownerID INTEGER REFERENCES owners (id),
        aisle TEXT, position INTEGER, FOREIGN KEY (aisle, position) REFERENCES shelves (aisle, position))
        """,
        "INSERT INTO owners VALUES (1, 'Ann')",
        "INSERT INTO shelves VALUES ('A', 1, 'top')",
        "INSERT INTO books VALUES (1, 'Kept', 1, 'A', 1)",
    ]

    func library() async throws -> SQLiteDriver {
        let driver = try await SQLiteDriver.connect()
        for sql in Self.schema { try await driver.execute(SQLStatement(sql)) }
        return driver
    }

    func count(_ driver: SQLiteDriver, _ table: String) async throws -> Int {
        var count = -1
        try await driver.query(SQLStatement("SELECT count(*) FROM \(table)")) { count = try $0.decode(Int.self, at: 0) }
        return count
    }

    func deferredForeignKeys(_ driver: SQLiteDriver) async throws -> Int {
        var flag = -1
        try await driver.query(SQLStatement("PRAGMA defer_foreign_keys")) { flag = try $0.decode(Int.self, at: 0) }
        return flag
    }

    @Test func aCompositeReferenceToNothingIsNamed() async throws {
        let driver = try await library()
        let error = await #expect(throws: OmmiError.self) {
            try await driver.execute(SQLStatement("INSERT INTO books VALUES (?, ?, ?, ?, ?)", [2, "Lost", 1, "B", 7]))
        }
        #expect(error?.constraint == .foreignKey)
        #expect(error?.table == "books")
        #expect(error?.columns == ["aisle", "position"])
        #expect(error?.referencedTable == "shelves")
        #expect(error?.referencedColumns == ["aisle", "position"])
        #expect(error?.message.contains("books (aisle, position) references shelves (aisle, position)") == true)
        #expect(error?.message.contains("owners") == false)
        #expect(try await count(driver, "books") == 1)
    }

    @Test func everyBrokenReferenceOfARowIsNamed() async throws {
        let driver = try await library()
        let error = await #expect(throws: OmmiError.self) {
            try await driver.executeBatch(
                "INSERT INTO books VALUES (?, ?, ?, ?, ?)", [[2, "Fine", 1, "A", 1], [3, "Lost", 9, "B", 7]], nil)
        }
        #expect(error?.message.contains("books (ownerID) references owners (id)") == true)
        #expect(error?.message.contains("books (aisle, position) references shelves (aisle, position)") == true)
        #expect(try await count(driver, "books") == 2)
    }

    @Test func removingAReferencedRowNamesTheReferenceLeftBehind() async throws {
        let driver = try await library()
        let error = await #expect(throws: OmmiError.self) {
            try await driver.execute(SQLStatement("DELETE FROM owners WHERE id = ?", [1]))
        }
        #expect(error?.constraint == .foreignKey)
        #expect(error?.table == "books")
        #expect(error?.referencedTable == "owners")
        #expect(error?.message.contains("still refer") == true)
        #expect(try await count(driver, "owners") == 1)
    }

    @Test func reKeyingAReferencedRowNamesTheReferenceButRenamingItDoesNot() async throws {
        let driver = try await library()
        try await driver.execute(SQLStatement("UPDATE owners SET name = 'Anne' WHERE id = 1"))
        let error = await #expect(throws: OmmiError.self) {
            try await driver.execute(SQLStatement("UPDATE owners SET id = 5 WHERE id = 1"))
        }
        #expect(error?.table == "books")
        #expect(error?.columns == ["ownerID"])
        #expect(error?.referencedTable == "owners")
    }

    @Test func theSearchLeavesTheTransactionAsItWas() async throws {
        let driver = try await library()
        let db = Ommi(driver)
        try await db.transaction {
            try await driver.execute(SQLStatement("INSERT INTO owners VALUES (2, 'Bo')"))
            await #expect(throws: OmmiError.self) {
                try await driver.execute(SQLStatement("INSERT INTO books VALUES (5, 'Lost', 3, NULL, NULL)"))
            }
            #expect(try await deferredForeignKeys(driver) == 0)
            try await driver.execute(SQLStatement("INSERT INTO books VALUES (6, 'Bo''s', 2, NULL, NULL)"))
        }
        #expect(try await count(driver, "owners") == 2)
        #expect(try await count(driver, "books") == 2)
    }
}
