import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Failures arrive as one `OmmiError` with the driver's code, message and SQL.
@Suite struct ErrorTests {
    @Test func uniqueViolationsCarryTheDriversCodeAndSQL() async throws {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        try await test.db.add(Account(id: 1, handle: "a"))
        let error = await #expect(throws: OmmiError.self) { try await test.db.add(Account(id: 1, handle: "b")) }
        #expect(error?.kind == .constraint)
        #expect(error?.constraint == .primaryKey)
        #expect(error?.table == Account.schema.tableName)
        #expect(error?.columns == ["id"])
        #expect(error?.code == 1555)  // SQLITE_CONSTRAINT_PRIMARYKEY
        #expect(error?.sql?.hasPrefix("INSERT INTO \"Account\"") == true)
    }

    @Test func undecodableValuesNameTheColumn() async throws {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        try await test.driver.execute(SQLStatement("INSERT INTO authors (id, name) VALUES (1, 'A')"))
        try await test.driver.execute(
            SQLStatement("INSERT INTO books (id, title, pages, category, authorID) VALUES (1, 'T', 'many', 'c', 1)"))
        let error = await #expect(throws: OmmiError.self) { try await test.db.find(Book.self).all() }
        #expect(error?.kind == .decoding)
        #expect(error?.message.contains("pages") == true)
        #expect(error?.message.contains("'many'") == false)
        #expect(error?.message.contains("\"many\"") == true)
    }

    @Test func resultsArePatternMatchable() async throws {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        let missing = await DBResult { try await test.db.find(Author.id == 1).one() }
        switch missing {
        case .success: Issue.record("nothing was added")
        case .failure(let error): #expect(error.kind == .notFound)
        }
        #expect(missing.orUse(Author(name: "fallback")).name == "fallback")
        #expect(missing.orElse { Author(name: $0.kind.rawValue) }.name == "notFound")
        #expect(throws: OmmiError.self) { try missing.orRaise() }
        let found = await DBResult { try await test.db.add(Author(name: "real")) }
        #expect(try found.orRaise().name == "real")
    }
}
