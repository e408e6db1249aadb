import Ommi
import OmmiSQLite
import Testing

/// A query prepared once and called with values finds what the same query written out finds,
/// through the same statements, whatever was asked of it before.
@Suite struct PreparedQueryTests {
    private func library(_ storage: Storage) async throws -> (TestDatabase, [Book]) {
        let test = try await TestDatabase.open(storage)
        try await ModelCollection(Author.self, Book.self).setup(on: test.db)
        let le = try await test.db.add(Author(name: "Le Guin"))
        let books = try await test.db.add(
            contentsOf: (1...30).map { number in
                Book(
                    title: "Book \(number)", pages: 100 + number * 7 % 50, category: number % 3 == 0 ? "sf" : "essay",
                    authorID: number % 2 == 0 ? le.id : nil)
            })
        return (test, books)
    }

    @Test(arguments: Storage.allCases)
    func aLookupByKeyFindsEachRowItIsCalledWith(storage: Storage) async throws {
        let (test, books) = try await library(storage)
        let byID = test.db.prepare { (id: Int) in Book.id == id }
        for book in books.shuffled() {
            let found = try await byID(book.id).one()
            #expect(found.id == book.id && found.title == book.title && found.pages == book.pages)
        }
        let missing = (books.map(\.id).max() ?? 0) + 1
        await #expect(throws: OmmiError.self) { try await byID(missing).one() }
        #expect(try await byID(missing).all().isEmpty)
    }

    @Test(arguments: Storage.allCases)
    func everyQueryCallWorksOnAPreparedQuery(storage: Storage) async throws {
        let (test, books) = try await library(storage)
        let longIn = test.db.prepare { (category: String, pages: Int) in
            Book.category == category && Book.pages > pages
        }
        for (category, pages) in [("sf", 120), ("essay", 110), ("sf", 140), ("none", 0)] {
            let expected = books.filter { $0.category == category && $0.pages > pages }
            let byTitle = expected.sorted { $0.title < $1.title }
            #expect(try await longIn(category, pages).all().map(\.id).sorted() == expected.map(\.id).sorted())
            #expect(try await longIn(category, pages).count() == expected.count)
            #expect(
                try await longIn(category, pages).sorted(by: Book.title).limit(2).all().map(\.title)
                    == byTitle.prefix(2).map(\.title))
            #expect(
                try await longIn(category, pages).sorted(by: Book.title).limit(2, offset: 1).all().map(\.title)
                    == byTitle.dropFirst().prefix(2).map(\.title))
        }
        let renamed = try await longIn("sf", 0).update(Book.category.set(to: "fiction"))
        #expect(renamed == books.filter { $0.category == "sf" }.count)
        #expect(try await longIn("sf", 0).count() == 0)
        let deleted = try await longIn("fiction", 130).delete()
        #expect(deleted == books.filter { $0.category == "sf" && $0.pages > 130 }.count)
        #expect(try await test.db.find(Book.self).count() == books.count - deleted)
    }

    /// The filter is built from the values on every call, so one whose form depends on them is
    /// right for each: a text remembered for one form is never used for another.
    @Test(arguments: Storage.allCases)
    func aFilterWhoseFormDependsOnTheValuesIsRightForEach(storage: Storage) async throws {
        let (test, books) = try await library(storage)
        let pick = test.db.prepare { (pages: Int?) in
            if let pages { return Book.pages == pages }
            return Book.authorID == nil
        }
        for pages in [nil, books[0].pages, nil, books[5].pages, 1] as [Int?] {
            let expected = books.filter { book in pages.map { book.pages == $0 } ?? (book.authorID == nil) }
            #expect(try await pick(pages).all().map(\.id).sorted() == expected.map(\.id).sorted())
            let first = try? await pick(pages).one()
            #expect(first?.id == expected.map(\.id).min())
        }
    }

    @Test func aPreparedQueryRunsTheStatementsOfTheQueryWrittenOut() async throws {
        let (test, books) = try await library(.memory)
        let byID = test.db.prepare { (id: Int) in Book.id == id }
        let prepared = try await test.statements {
            for book in books.prefix(3) { _ = try await byID(book.id).one() }
            _ = try await byID(books[0].id).all()
        }
        let written = try await test.statements {
            for book in books.prefix(3) { _ = try await test.db.find(Book.id == book.id).one() }
            _ = try await test.db.find(Book.id == books[0].id).all()
        }
        #expect(prepared.count == 4)
        #expect(prepared == written)
    }

    @Test func aPreparedQueryWithoutValuesRunsAsOften() async throws {
        let (test, books) = try await library(.memory)
        let essays = test.db.prepare { Book.category == "essay" }
        for _ in 0..<3 {
            #expect(try await essays().count() == books.filter { $0.category == "essay" }.count)
        }
    }
}
