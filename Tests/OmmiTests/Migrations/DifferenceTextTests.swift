import Foundation
import Ommi
import OmmiSQLite
import Testing

/// The line each kind of difference prints, and the kinds setup settles by itself.
@Suite struct DifferenceTextTests {
    let test: TestDatabase

    init() async throws {
        test = try await TestDatabase.open(.memory)
        try await test.execute([
            "CREATE TABLE \"Author\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"name\" TEXT NOT NULL)",
            "CREATE TABLE \"Book\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"title\" TEXT NOT NULL, \"year\" TEXT NOT NULL, "
                + "\"subtitle\" TEXT, \"authorID\" INTEGER NOT NULL REFERENCES \"Author\" (\"id\"))",
            "INSERT INTO \"Author\" VALUES (1, 'Le Guin')",
            "INSERT INTO \"Book\" VALUES (1, 'The Dispossessed', '1974', NULL, 1)",
            "CREATE TABLE \"Shelf\" (\"id\" INTEGER NOT NULL PRIMARY KEY)",
        ])
    }

    static let author = ModelSchema(
        name: "Author",
        fields: [
            FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
            FieldSchema(name: "name", type: .text, isNullable: false),
        ])

    /// The book as the table has it, to change one thing at a time.
    static let book = ModelSchema(
        name: "Book",
        fields: [
            FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
            FieldSchema(name: "title", type: .text, isNullable: false),
            FieldSchema(name: "year", type: .text, isNullable: false),
            FieldSchema(name: "subtitle", type: .text, isNullable: true),
            FieldSchema(
                name: "authorID", type: .integer, isNullable: false,
                reference: ColumnReference(table: "Author", column: "id")),
        ])

    func descriptions(_ change: (inout ModelSchema) -> Void) async throws -> [String] {
        var book = Self.book
        change(&book)
        book.foreignKeys = ModelSchema(name: book.name, fields: book.fields).foreignKeys
        return try await ModelCollection(schemas: [Self.author, book]).differences(on: test.db).map(\.description)
    }

    @Test func aMatchingSchemaHasNoDifference() async throws {
        #expect(try await descriptions { _ in }.isEmpty)
    }

    @Test func aMissingTableAndOptionalColumnAreSafe() async throws {
        let genre = ModelSchema(
            name: "Genre", fields: [FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true)])
        var book = Self.book
        book.fields.append(
            FieldSchema(
                name: "genreID", type: .integer, isNullable: true,
                reference: ColumnReference(table: "Genre", column: "id")))
        book.foreignKeys = ModelSchema(name: book.name, fields: book.fields).foreignKeys
        let differences = try await ModelCollection(schemas: [Self.author, book, genre]).differences(on: test.db)
        #expect(
            differences.map(\.description) == [
                "Book.genreID: not in the database: setup adds it with its reference to Genre.id",
                "Genre: not in the database: setup creates it",
            ])
        #expect(differences.allSatisfy { $0.isSafe })
    }

    @Test func aRequiredColumnWithoutADefaultIsSafeOnlyOnAnEmptyTable() async throws {
        let count = FieldSchema(name: "count", type: .integer, isNullable: false)
        #expect(
            try await descriptions { $0.fields.append(count) } == [
                "Book.count: not in the database, NOT NULL without a default, and the table has rows: "
                    + "give it a default or make it optional, or add it with a migration"
            ])
        let shelf = ModelSchema(
            name: "Shelf", fields: [FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true), count])
        let onEmpty = try await ModelCollection(schemas: [shelf]).differences(on: test.db)
        #expect(onEmpty.map(\.kind) == [.missingColumn(count)])
        try await ModelCollection(schemas: [shelf]).setup(on: test.db)
        #expect(try await ModelCollection(schemas: [shelf]).differences(on: test.db).isEmpty)
    }

    /// One change of the book per refused kind, with the line it prints.
    static let refusedKinds: [(change: @Sendable (inout ModelSchema) -> Void, line: String)] = [
        (
            { $0.fields.removeAll { $0.name == "title" } },
            "Book.title: in the database, not in the model: rename it with a migration, or keep it with @StoreAs"
        ),
        (
            { $0.fields[2].type = .integer },
            "Book.year: TEXT in the database, INTEGER in the model: change its type with a migration"
        ),
        (
            { $0.fields[3].isNullable = false },
            "Book.subtitle: optional in the database, required in the model: change it with a migration"
        ),
        (
            { $0.fields[1].isNullable = true },
            "Book.title: required in the database, optional in the model: change it with a migration"
        ),
        (
            { $0.fields[1].isKey = true },
            "Book: key (id) in the database, (id, title) in the model: change the key with a migration"
        ),
        (
            { $0.fields[4].reference = nil },
            "Book.authorID: references Author.id in the database, not in the model: "
                + "declare it with @ReferenceTo, or drop it with a migration"
        ),
        (
            { $0.fields[0].reference = ColumnReference(table: "Author", column: "id") },
            "Book.id: references Author.id in the model, not in the database: add the reference with a migration"
        ),
    ]

    @Test func everyRefusedKindSaysWhatToDo() async throws {
        for kind in Self.refusedKinds {
            let differences = try await descriptions(kind.change)
            #expect(differences == [kind.line])
        }
    }

    @Test func aMissingIndexOrUniqueConstraintIsSafeAndSaysWhatSetupDoes() async throws {
        let lines = [
            "Book.year: indexed in the model, not in the database: setup creates the index",
            "Book.title: unique in the model, not in the database: setup adds the constraint",
            "Book.title, year: unique in the model, not in the database: setup adds the constraint",
        ]
        #expect(try await descriptions { $0.fields[2].isIndexed = true } == [lines[0]])
        #expect(try await descriptions { $0.fields[1].isUnique = true } == [lines[1]])
        #expect(try await descriptions { $0.uniqueConstraints = [["title", "year"]] } == [lines[2]])
        var book = Self.book
        book.fields[2].isIndexed = true
        book.fields[1].isUnique = true
        #expect(try await ModelCollection(schemas: [Self.author, book]).differences(on: test.db).allSatisfy(\.isSafe))
    }

    @Test func aUniqueConstraintOverRepeatedValuesCountsThemAndIsRefused() async throws {
        try await test.execute([
            "INSERT INTO \"Book\" VALUES (2, 'The Dispossessed', '1975', NULL, 1)",
            "INSERT INTO \"Book\" VALUES (3, 'Lathe', '1974', NULL, 1)",
            "INSERT INTO \"Book\" VALUES (4, 'Lathe', '1971', NULL, 1)",
        ])
        let titles = try await test.strings("SELECT \"title\" FROM \"Book\"")
        let repeated = Dictionary(grouping: titles) { $0 }.values.filter { $0.count > 1 }.count
        #expect(
            try await descriptions { $0.fields[1].isUnique = true } == [
                "Book.title: unique in the model, but \(repeated) values appear more than once in the database: "
                    + "remove the duplicates, or add the constraint with a migration"
            ])
        // No title and year repeat together, and a row with NULL conflicts with none.
        #expect(
            try await descriptions { $0.uniqueConstraints = [["title", "year"]] } == [
                "Book.title, year: unique in the model, not in the database: setup adds the constraint"
            ])
        #expect(
            try await descriptions { $0.fields[3].isUnique = true } == [
                "Book.subtitle: unique in the model, not in the database: setup adds the constraint"
            ])
    }

    @Test func indexesAndUniqueConstraintsOnlyTheDatabaseHasAreNoDifference() async throws {
        try await test.execute([
            "CREATE INDEX \"Book_by_year\" ON \"Book\" (\"year\")",
            "CREATE UNIQUE INDEX \"Book_one_title\" ON \"Book\" (\"title\", \"year\")",
        ])
        #expect(try await descriptions { _ in }.isEmpty)
        #expect(try await descriptions { $0.fields[2].isIndexed = true }.isEmpty)
    }

    @Test func typesOfOneAffinityAreNoDifference() async throws {
        try await test.execute([
            "CREATE TABLE \"Loose\" (\"id\" INT NOT NULL PRIMARY KEY, \"label\" VARCHAR(40), \"amount\" NUMERIC)"
        ])
        let loose = ModelSchema(
            name: "Loose",
            fields: [
                FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "label", type: .text, isNullable: true),
                FieldSchema(name: "amount", type: .integer, isNullable: true),
            ])
        #expect(try await ModelCollection(schemas: [loose]).differences(on: test.db).isEmpty)
    }
}
