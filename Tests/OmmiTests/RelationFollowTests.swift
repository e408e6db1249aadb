import Ommi
import Testing

/// Relation fields load by the model's current values, not by the values it was read with.
@Suite struct RelationFollowTests {
    /// Two authors with a book each, and a third without books.
    private func library() async throws -> (TestDatabase, [Author], [Book]) {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        let authors = try await test.db.add(
            contentsOf: [Author(name: "Le Guin"), Author(name: "Herbert"), Author(name: "Nobody")])
        let books = try await test.db.add(
            contentsOf: [
                Book(title: "Earthsea", pages: 200, category: "fantasy", authorID: authors[0].id),
                Book(title: "Dune", pages: 412, category: "sf", authorID: authors[1].id),
            ])
        return (test, authors, books)
    }

    @Test func aToOneFieldLoadsTheRowOfTheReferenceAsItIsNow() async throws {
        let (_, authors, books) = try await library()
        var book = books[0]
        #expect(try await book.author.value?.name == authors[0].name)
        book.authorID = authors[1].id
        #expect(try await book.author.value?.name == authors[1].name)
        book.authorID = nil
        #expect(try await book.author.value == nil)
        book.authorID = authors[0].id
        #expect(try await book.author.value?.name == authors[0].name)
    }

    @Test func aValueLoadedForTheOldKeyIsNotReturnedForTheNewOne() async throws {
        let (test, authors, _) = try await library()
        var book = try await test.db.find(Book.title == "Earthsea").one()
        _ = try await book.author.value
        book.authorID = authors[1].id
        var loaded: [Int?] = []
        let statements = try await test.statements {
            loaded.append(try await book.author.value?.id)
            loaded.append(try await book.author.value?.id)
        }
        #expect(loaded == [authors[1].id, authors[1].id])
        #expect(statements.count == 1)
    }

    @Test func anEagerlyLoadedRelationIsReloadedOnceTheReferenceChanges() async throws {
        let (test, authors, _) = try await library()
        var book = try await test.db.find(Book.title == "Dune").including(Book.author).one()
        var loaded: Int?
        let eager = try await test.statements { loaded = try await book.author.value?.id }
        #expect(loaded == authors[1].id)
        #expect(eager.isEmpty)
        book.authorID = authors[0].id
        #expect(try await book.author.value?.id == authors[0].id)
    }

    @Test func aCopyKeepsFollowingItsOwnValues() async throws {
        let (_, authors, books) = try await library()
        let original = books[0]
        var copy = original
        copy.authorID = authors[1].id
        #expect(try await copy.author.value?.id == authors[1].id)
        #expect(try await original.author.value?.id == authors[0].id)
        #expect(try await copy.author.value?.id == authors[1].id)
    }

    @Test func aToManyFieldFollowsTheOwnersKey() async throws {
        let (_, authors, books) = try await library()
        var author = authors[0]
        #expect(try await author.books.value.map(\.title) == [books[0].title])
        author.id = authors[1].id
        #expect(try await author.books.value.map(\.title) == [books[1].title])
        author.id = authors[2].id
        #expect(try await author.books.value.isEmpty)
    }

    @Test func aManyToManyFieldFollowsTheOwnersKey() async throws {
        let test = try await TestDatabase.open(.memory)
        try await seedBlog(test.db)
        var post = try await test.db.find(Post.id == 1).one()
        let firstTags = try await post.tags.value.map(\.id)
        post.id = 2
        let secondTags = try await post.tags.value.map(\.id)
        let expected = try await test.db.find(PostTag.postID == 2).all().map(\.tagID)
        #expect(Set(secondTags) == Set(expected))
        #expect(Set(firstTags) != Set(secondTags))
    }
}
