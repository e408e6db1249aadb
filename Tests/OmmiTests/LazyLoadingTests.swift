import Ommi
import Testing

/// Lazy loads of a typed model's relation share one resolved relation and one statement text per
/// database; each owner still gets its own rows, and a NULL reference loads nothing.
@Suite struct LazyLoadingTests {
    let test: TestDatabase

    init() async throws {
        test = try await TestDatabase.open(.file)
        try await libraryModels.setup(on: test.db)
    }

    @Test func everyOwnerGetsItsOwnRowsFromTheSharedStatement() async throws {
        let ada = try await test.db.add(Author(name: "Ada"))
        let bob = try await test.db.add(Author(name: "Bob"))
        try await test.db.add(
            Book(title: "A1", pages: 1, category: "x", authorID: ada.id),
            Book(title: "B1", pages: 1, category: "x", authorID: bob.id),
            Book(title: "A2", pages: 1, category: "x", authorID: ada.id),
            Book(title: "None", pages: 1, category: "x", authorID: nil))
        let authors = try await test.db.find(Author.self).sorted(by: Author.name).all()
        #expect(try await authors[0].books.value.map(\.title) == ["A1", "A2"])
        #expect(try await authors[1].books.value.map(\.title) == ["B1"])
        let books = try await test.db.find(Book.self).sorted(by: Book.title).all()
        var names: [String?] = []
        for book in books { names.append(try await book.author.value?.name) }
        #expect(names == ["Ada", "Ada", "Bob", nil])
    }

    @Test func aNullReferenceFirstThenAKeyedOne() async throws {
        let ada = try await test.db.add(Author(name: "Ada"))
        try await test.db.add(
            Book(title: "A", pages: 1, category: "x", authorID: nil),
            Book(title: "B", pages: 1, category: "x", authorID: ada.id))
        let books = try await test.db.find(Book.self).sorted(by: Book.title).all()
        #expect(try await books[0].author.value == nil)
        #expect(try await books[1].author.value?.name == "Ada")
        #expect(try await books[0].author.value == nil)
    }

    @Test func manyToManyOwnersEachGetTheirTags() async throws {
        try await seedBlog(test.db)
        let posts = try await test.db.find(Post.self).sorted(by: Post.id).all()
        #expect(try await posts[0].tags.value.map(\.name) == ["ommi", "guide"])
        #expect(try await posts[1].tags.value.map(\.name) == ["python", "guide"])
        let guide = try await test.db.find(Tag.name == "guide").one()
        #expect(try await guide.posts.value.map(\.title) == ["Ommi is Great", "Python Tips"])
    }
}
