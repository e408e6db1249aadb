import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Lazy relation fields: to-one, to-many, self references, two references to one model.
@Suite struct RelationTests {
    let test: TestDatabase

    init() async throws {
        test = try await TestDatabase.open(.file)
        try await libraryModels.setup(on: test.db)
    }

    @Test func toOneLoadsTheReferencedModel() async throws {
        let ada = try await test.db.add(Author(name: "Ada"))
        let book = try await test.db.add(Book(title: "Notes", pages: 40, category: "science", authorID: ada.id))
        #expect(try await book.author.value?.name == "Ada")
        let fetched = try await test.db.find(Book.title == "Notes").one()
        #expect(try await fetched.author.value?.name == "Ada")
    }

    @Test func toOneIsNilForNullAndForDanglingReferences() async throws {
        let orphan = try await test.db.add(Book(title: "Orphan", pages: 1, category: "x", authorID: nil))
        #expect(try await orphan.author.value == nil)
        try await test.driver.execute(SQLStatement("PRAGMA foreign_keys = OFF"))
        let dangling = try await test.db.add(Book(title: "Dangling", pages: 1, category: "x", authorID: 999))
        #expect(try await dangling.author.value == nil)
    }

    @Test func toManyIsInferredFromTheReferenceOnTheOtherSide() async throws {
        let (ada, bob) = try await test.db.add(Author(name: "Ada"), Author(name: "Bob"))
        try await test.db.add(contentsOf: [
            Book(title: "One", pages: 1, category: "x", authorID: ada.id),
            Book(title: "Two", pages: 2, category: "x", authorID: ada.id),
            Book(title: "Three", pages: 3, category: "x", authorID: bob.id),
        ])
        let fetched = try await test.db.find(Author.name == "Ada").one()
        #expect(try await fetched.books.value.map(\.title) == ["One", "Two"])
        #expect(try await bob.books.value.map(\.title) == ["Three"])
    }

    @Test func selfReferenceWorksBothWays() async throws {
        try await test.db.add(contentsOf: [
            Employee(id: 1, name: "Chief", managerID: nil),
            Employee(id: 2, name: "Lead", managerID: 1),
            Employee(id: 3, name: "Dev", managerID: 2),
            Employee(id: 4, name: "Tester", managerID: 2),
        ])
        let lead = try await test.db.find(Employee.name == "Lead").one()
        #expect(try await lead.manager.value?.name == "Chief")
        #expect(try await lead.reports.value.map(\.name) == ["Dev", "Tester"])  // children, never the parent
        let chief = try await test.db.find(Employee.id == 1).one()
        #expect(try await chief.manager.value == nil)
        #expect(try await chief.reports.value.map(\.name) == ["Lead"])
    }

    @Test func twoReferencesToOneModelAreFollowedSeparately() async throws {
        let (alice, bob) = try await test.db.add(Account(id: 1, handle: "alice"), Account(id: 2, handle: "bob"))
        try await test.db.add(contentsOf: [
            Transfer(senderID: 1, recipientID: 2, amount: 10),
            Transfer(senderID: 1, recipientID: 2, amount: 20),
            Transfer(senderID: 2, recipientID: 1, amount: 5),
        ])
        #expect(try await alice.sent.value.map(\.amount) == [10, 20])
        #expect(try await alice.received.value.map(\.amount) == [5])
        #expect(try await bob.sent.value.map(\.amount) == [5])
        let transfer = try await test.db.find(Transfer.amount == 5).one()
        #expect(try await transfer.sender.value?.handle == "bob")
        #expect(try await transfer.recipient.value?.handle == "alice")
    }

    @Test func valueIsCachedAndRefreshReturnsTheModels() async throws {
        let ada = try await test.db.add(Author(name: "Ada"))
        try await test.db.add(Book(title: "First", pages: 1, category: "x", authorID: ada.id))
        #expect(try await ada.books.value.count == 1)
        try await test.db.add(Book(title: "Second", pages: 2, category: "x", authorID: ada.id))
        let statements = try await test.statements { () async throws in #expect(try await ada.books.value.count == 1) }
        #expect(statements.isEmpty)
        let refreshed: [Book] = try await ada.books.refresh()
        #expect(refreshed.map(\.title) == ["First", "Second"])
        #expect(try await ada.books.value.count == 2)
    }

    @Test func resultAndOrUseReportFailureWithoutThrowing() async throws {
        let (ada, grace) = try await test.db.add(Author(name: "Ada"), Author(name: "Grace"))
        #expect(await ada.books.result.orUse([]).isEmpty)
        try await libraryModels.remove(from: test.db)
        #expect(await ada.books.result.error == nil)  // cached before the tables went away
        let fresh = Author(name: "Detached")
        switch await fresh.books.result {
        case .success: Issue.record("a detached relation cannot load")
        case .failure(let error): #expect(error.kind == .detached)
        }
        #expect(await grace.books.result.error?.message.contains("no such table") == true)
        #expect(await grace.books.orUse([Book(title: "fallback", pages: 0, category: "", authorID: nil)]).count == 1)
    }

    @Test func eagerLoadingFillsEveryOwnerWithOneQuery() async throws {
        let authors = try await test.db.add(contentsOf: (0..<20).map { Author(name: "A\($0)") })
        try await test.db.add(
            contentsOf: authors.flatMap { author in
                (0..<3).map { Book(title: "\(author.name)-\($0)", pages: $0, category: "x", authorID: author.id) }
            })
        var loaded: [Author] = []
        let statements = try await test.statements { () async throws in
            loaded = try await test.db.find(Author.self).sorted(by: Author.name).including(Author.books).all()
            for author in loaded { #expect(try await author.books.value.count == 3) }
        }
        #expect(statements.count == 2)
        #expect(try await loaded[0].books.value.map(\.title) == ["A0-0", "A0-1", "A0-2"])
    }

    @Test func eagerLoadingToOneAndManyToMany() async throws {
        try await seedBlog(test.db)
        let posts = try await test.db.find(Post.self).including(Post.tags).all()
        let statements = try await test.statements { () async throws in
            #expect(try await posts[0].tags.value.map(\.name) == ["ommi", "guide"])
            #expect(try await posts[1].tags.value.map(\.name) == ["python", "guide"])
        }
        #expect(statements.isEmpty)
        let ada = try await test.db.add(Author(name: "Ada"))
        try await test.db.add(Book(title: "B", pages: 1, category: "x", authorID: ada.id))
        try await test.db.add(Book(title: "C", pages: 1, category: "x", authorID: nil))
        let books = try await test.db.find(Book.self).sorted(by: Book.title).including(Book.author).all()
        #expect(try await books[0].author.value?.name == "Ada")
        #expect(try await books[1].author.value == nil)
    }

    @Test func attachAndDetachWriteAssociationRows() async throws {
        try await seedBlog(test.db)
        let post = try await test.db.find(Post.id == 2).one()
        let ommi = try await test.db.find(Tag.name == "ommi").one()
        try await post.tags.attach(ommi, payload: [PostTag.createdAt.set(to: "now")])
        #expect(try await post.tags.value.map(\.name) == ["ommi", "python", "guide"])
        #expect(try await test.db.find(PostTag.postID == 2 && PostTag.tagID == 101).one().createdAt == "now")
        #expect(try await ommi.posts.refresh().map(\.id) == [1, 2])
        #expect(try await post.tags.detach(ommi) == 1)
        #expect(try await post.tags.value.map(\.name) == ["python", "guide"])
        let duplicate = await #expect(throws: OmmiError.self) {
            try await post.tags.attach(try await test.db.find(Tag.name == "python").one())
        }
        #expect(duplicate?.kind == .constraint)
    }
}
