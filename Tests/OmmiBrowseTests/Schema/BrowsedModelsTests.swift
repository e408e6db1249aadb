import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Turning an application's declared collection into the models the browser lists.
@Suite("Declared models in the browser")
struct BrowsedModelsTests {
    typealias Shelf = DeclaredShelf

    private static func models() async throws -> (Ommi, BrowsedModels, reflected: ModelCollection) {
        let db = try await Shelf.database()
        let reflected = try await ModelCollection.reflect(from: db)
        return (db, BrowsedModels(declared: Shelf.collection, reflected: reflected), reflected)
    }

    private static func schema(_ name: String, in collection: ModelCollection) throws -> ModelSchema {
        try #require(collection.schema(named: name))
    }

    @Test("declared relation names and kinds replace the inferred ones; the database's others follow under theirs")
    func declaredNamesFirst() async throws {
        let (_, models, reflected) = try await Self.models()
        let book = try Self.schema("Book", in: models.collection)
        let inferred = try Self.schema("books", in: reflected).relations.map(\.name)
        // Reflection calls the author reference `author` and the genres `genres`: the declared
        // `writer` and `kinds` follow the same columns, as `editor` does, so none is listed again.
        let covered: Set = ["author", "editor", "genres"]
        #expect(covered.isSubset(of: inferred))
        #expect(
            book.relations.map(\.name) == ["writer", "editor", "kinds"] + inferred.filter { !covered.contains($0) })
        #expect(book.relations.map(\.kind).prefix(3) == [.toOne, .toOne, .manyToMany])
        #expect(book.relation(named: "kinds")?.through?.tableName == "Shelving")
        #expect(book.fields.map(\.name) == Shelf.Book.schema.fields.map(\.name))
        for schema in models.collection.schemas {
            for relation in schema.relations {
                if case .type = relation.target {
                    Issue.record("\(schema.name).\(relation.name) names its target by type")
                }
            }
        }
    }

    @Test("@Via picks the reference the declaration names: the writer is the author, not the editor")
    func viaChoosesTheReference() async throws {
        let (db, models, _) = try await Self.models()
        let books = DynamicModel(
            schema: try Self.schema("Book", in: models.collection), database: db, catalog: models.collection.catalog)
        let dune = try #require(try await books.rows().first)
        let (member, writers) = try await books.related("writer", of: dune)
        let handle = try #require(member.fieldIndex(ofColumn: "handle"))
        #expect(writers.map { $0.values[handle] } == [.text("ann")])
        let members = DynamicModel(schema: member, database: db, catalog: models.collection.catalog)
        let ann = try #require(
            try await members.rows(where: .compare(.column(members.column("id")), .equal, .value(.integer(1)))).first)
        let (_, works) = try await members.related("works", of: ann)
        #expect(works.map { $0.values[0] } == [.integer(10)])
        let eve = try #require(
            try await members.rows(where: .compare(.column(members.column("id")), .equal, .value(.integer(2)))).first)
        #expect(try await members.related("works", of: eve).1.isEmpty)
    }

    @Test("a to-one relation chosen by its name names its reference's columns, so the field opens it")
    func referencesPinned() async throws {
        let (_, models, _) = try await Self.models()
        let book = try Self.schema("Book", in: models.collection)
        #expect(Shelf.Book.schema.relation(named: "editor")?.via == nil)
        #expect(book.relation(named: "editor")?.via == [Shelf.Book.editorID.column])
        #expect(book.relation(named: "writer")?.via == [Shelf.Book.authorID.column])
    }

    @Test("a table the collection does not declare is listed, marked, and its reference leads to the declared model")
    func undeclaredTable() async throws {
        let (db, models, reflected) = try await Self.models()
        let declaredTables = Set(Shelf.collection.schemas.map(\.tableName) + [Shelf.Genre.schema.tableName])
        let expected = Set(reflected.schemas.filter { !declaredTables.contains($0.tableName) }.map(\.name))
        #expect(expected == ["Loan"])
        #expect(models.undeclared == expected)
        #expect(models.collection.schema(named: "Genre") != nil)
        let loans = DynamicModel(
            schema: try Self.schema("Loan", in: models.collection), database: db, catalog: models.collection.catalog)
        let loan = try #require(try await loans.rows().first)
        let (book, rows) = try await loans.related("book", of: loan)
        #expect(book.name == "Book")
        #expect(rows.map { $0.values[1] } == [.text("Dune")])
        #expect(try Self.schema("Book", in: models.collection).relation(named: "loans")?.kind == .toMany)
    }

    @Test("a declared label names rows; without one the usual choice applies")
    func labels() async throws {
        let (_, models, reflected) = try await Self.models()
        #expect(LabelColumn.columns(try Self.schema("Member", in: models.collection)) == ["handle"])
        #expect(LabelColumn.columns(try Self.schema("Member", in: reflected)) == ["email"])
        #expect(LabelColumn.columns(try Self.schema("Genre", in: models.collection)) == ["name"])
    }

    @Test("the model list marks the undeclared table and no declared model")
    func listMarksUndeclared() async throws {
        let (db, models, _) = try await Self.models()
        let session = BrowserSession(
            database: db, models: models.collection, size: ScreenSize(width: 80, height: 24),
            undeclaredModels: models.undeclared)
        session.start()
        await session.settle()
        let lines = session.screen.lines
        for schema in models.collection.schemas {
            let marked = models.undeclared.contains(schema.name)
            #expect(lines.contains { $0.hasPrefix((marked ? "~" : " ") + schema.name + " ") }, "\(schema.name)")
        }
    }

    @Test("a reflected collection is browsed as it is, nothing marked")
    func reflectedOnly() async throws {
        let (_, _, reflected) = try await Self.models()
        let models = BrowsedModels(reflected: reflected)
        #expect(models.undeclared.isEmpty)
        #expect(models.collection.schemas.map(\.name) == reflected.schemas.map(\.name))
    }
}
