import Foundation
import Ommi
import OmmiSQLite
import Testing

/// The query AST from Swift expressions, against a library of books.
@Suite struct QueryTests {
    let test: TestDatabase
    let ada: Author
    let bob: Author

    init() async throws {
        test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        (ada, bob) = try await test.db.add(Author(name: "Ada"), Author(name: "Bob"))
        let books = [
            Book(title: "Analytical Engines", pages: 300, category: "science", authorID: ada.id),
            Book(title: "Notes", pages: 40, category: "science", authorID: ada.id),
            Book(title: "Poems", pages: 80, category: "poetry", authorID: bob.id),
            Book(title: "Swift 100%", pages: 500, category: "tech", authorID: bob.id),
            Book(title: "Anonymous", pages: 10, category: "poetry", authorID: nil),
        ]
        try await test.db.add(contentsOf: books)
    }

    func titles(_ query: Query<Book>) async throws -> [String] {
        try await query.sorted(by: Book.title).all().map(\.title)
    }

    @Test func comparisons() async throws {
        #expect(try await titles(test.db.find(Book.pages == 40)) == ["Notes"])
        #expect(try await titles(test.db.find(Book.pages != 40)).count == 4)
        #expect(try await titles(test.db.find(Book.pages < 80)) == ["Anonymous", "Notes"])
        #expect(try await titles(test.db.find(Book.pages <= 80)) == ["Anonymous", "Notes", "Poems"])
        #expect(try await titles(test.db.find(Book.pages > 300)) == ["Swift 100%"])
        #expect(try await titles(test.db.find(Book.pages >= 300)) == ["Analytical Engines", "Swift 100%"])
    }

    @Test func andBindsTighterThanOrAndNothingIsDuplicated() async throws {
        // The original evaluated a chained And after an Or with the wrong precedence.
        let query = test.db.find(Book.category == "tech" || Book.category == "science" && Book.pages < 100)
        #expect(try await titles(query) == ["Notes", "Swift 100%"])
        let grouped = test.db.find((Book.category == "tech" || Book.category == "science") && Book.pages < 400)
        #expect(try await titles(grouped) == ["Analytical Engines", "Notes"])
        #expect(try await titles(test.db.find(!(Book.category == "poetry"))).count == 3)
    }

    @Test func nilComparisonsAreIsNull() async throws {
        #expect(try await titles(test.db.find(Book.authorID == nil)) == ["Anonymous"])
        #expect(try await titles(test.db.find(Book.authorID != nil)).count == 4)
        #expect(try await titles(test.db.find(Book.authorID == nil || Book.pages == 40)) == ["Anonymous", "Notes"])
    }

    @Test func membershipAndText() async throws {
        #expect(try await titles(test.db.find(Book.pages.in([40, 80, 1]))) == ["Notes", "Poems"])
        #expect(try await titles(test.db.find(Book.pages.in([Int]()))) == [])
        #expect(try await titles(test.db.find(Book.pages.notIn([40, 80]))).count == 3)
        #expect(try await titles(test.db.find(Book.title.contains("o"))) == ["Anonymous", "Notes", "Poems"])
        #expect(try await titles(test.db.find(Book.title.contains("O"))) == [])
        #expect(try await titles(test.db.find(Book.title.contains("100%"))) == ["Swift 100%"])
        #expect(try await titles(test.db.find(Book.title.hasPrefix("An"))) == ["Analytical Engines", "Anonymous"])
        #expect(
            try await titles(test.db.find(Book.title.hasSuffix("s"))) == [
                "Analytical Engines", "Anonymous", "Notes", "Poems",
            ])
        #expect(try await titles(test.db.find(Book.title.like("_oem%"))) == ["Poems"])
    }

    @Test func fieldToFieldComparisons() async throws {
        try await test.db.find(Book.title == "Notes").update(Book.category.set(to: "Notes"))
        #expect(try await titles(test.db.find(Book.title == Book.category)) == ["Notes"])
        #expect(try await titles(test.db.find(Book.id < Book.pages)).count == 5)
    }

    @Test func conditionsOnARelatedModelSelectWithoutDuplicates() async throws {
        #expect(try await titles(test.db.find(Book.pages > 50 && Author.name == "Ada")) == ["Analytical Engines"])
        let authors = try await test.db.find(Author.self).filter(Book.category == "science").all()
        #expect(authors.map(\.name) == ["Ada"])  // two science books, one author
        let either = test.db.find(Book.category == "tech" || Author.name == "Ada")
        #expect(try await titles(either) == ["Analytical Engines", "Notes", "Swift 100%"])
    }

    @Test func conditionsThroughAnAssociationModel() async throws {
        try await seedBlog(test.db)
        let posts = try await test.db.find(Post.self).filter(Tag.name == "python").all()
        #expect(posts.map(\.title) == ["Python Tips"])
        let tags = try await test.db.find(Tag.self).filter(Post.title == "Ommi is Great").sorted(by: Tag.name).all()
        #expect(tags.map(\.name) == ["guide", "ommi"])
    }

    @Test func termsReachingOneAssociationShareOneSubquery() async throws {
        try await seedBlog(test.db)
        try await test.db.find(PostTag.postID == 1 && PostTag.tagID == 101).update(PostTag.createdAt.set(to: "today"))
        var posts: [Post] = []
        let statements = try await test.statements { () async throws in
            posts = try await test.db.find(Post.self).filter(Tag.name == "guide" && PostTag.createdAt == "today").all()
        }
        // Post 1's "guide" link and its dated link are different rows: no post has one link that is both.
        #expect(posts.isEmpty)
        #expect(statements.count == 1)
        #expect(statements.first?.components(separatedBy: "EXISTS").count == 2)
        let dated = try await test.db.find(Post.self).filter(Tag.name == "ommi").filter(PostTag.createdAt == "today")
            .all()
        #expect(dated.map(\.id) == [1])
    }

    @Test func sortingByAModelReferencedTwiceIsAClearError() async throws {
        try await test.db.add(Account(id: 1, handle: "a"), Account(id: 2, handle: "b"))
        let error = await #expect(throws: OmmiError.self) {
            try await test.db.find(Transfer.self).sorted(by: Account.handle).all()
        }
        #expect(error?.kind == .invalidQuery)
        #expect(error?.message.contains("2 references to Account") == true)
    }

    @Test func aggregatesAndRelationCountsAreOneStatementEach() async throws {
        var counted: [(model: Author, count: Int)] = []
        var total: Int?
        let statements = try await test.statements { () async throws in
            counted = try await test.db.find(Author.self).sorted(by: Author.name).counting(Author.books)
            total = try await test.db.find(Book.self).filter(Author.name == "Bob").sum(Book.pages)
        }
        #expect(statements.count == 2)
        #expect(counted.map(\.model.name) == ["Ada", "Bob"])
        #expect(counted.map(\.count) == [2, 2])
        #expect(total == 580)
        let error = await #expect(throws: OmmiError.self) {
            let books = DynamicModel(schema: Book.schema, database: test.db)
            _ = try await books.aggregate(.sum, of: "weight", in: books.query())
        }
        #expect(error?.kind == .schema)
    }

    @Test func unrelatedModelsInOneConditionAreAClearError() async throws {
        let error = await #expect(throws: OmmiError.self) {
            try await test.db.find(Book.pages > 1 && Sample.int == 1).all()
        }
        #expect(error?.kind == .invalidQuery)
        #expect(error?.message.contains("not related") == true)
    }

    @Test func sortingAscendingDescendingAndByTwoKeys() async throws {
        let byPages = try await test.db.find(Book.self).sorted(by: Book.pages.desc).all().map(\.pages)
        #expect(byPages == [500, 300, 80, 40, 10])
        let mixed = try await test.db.find(Book.self).sorted(by: Book.category.desc, Book.pages.asc).all().map(\.title)
        #expect(mixed == ["Swift 100%", "Notes", "Analytical Engines", "Anonymous", "Poems"])
    }

    @Test func limitTakesAnOffsetNotAPage() async throws {
        let sorted = test.db.find(Book.self).sorted(by: Book.pages)
        #expect(try await sorted.limit(2).all().map(\.pages) == [10, 40])
        #expect(try await sorted.limit(2, offset: 1).all().map(\.pages) == [40, 80])
        #expect(try await sorted.limit(2, offset: 4).all().map(\.pages) == [500])
    }

    @Test func keysetPagingVisitsEveryRowOnce() async throws {
        let query = test.db.find(Book.self).sorted(by: Book.category, Book.pages.desc)
        var seen: [String] = []
        var page = try await query.limit(2).all()
        while let last = page.last {
            seen += page.map(\.title)
            page = try await query.after(last).limit(2).all()
        }
        #expect(seen == (try await query.all().map(\.title)))
        #expect(Set(seen).count == 5)
    }

    @Test func keysetPagingHandlesNullsInTheSortKey() async throws {
        let query = test.db.find(Book.self).sorted(by: Book.authorID)
        var seen: [Int] = []
        var page = try await query.limit(1).all()
        while let last = page.last {
            seen += page.map(\.id)
            page = try await query.after(last).limit(1).all()
        }
        #expect(seen.count == 5)
        #expect(Set(seen).count == 5)
    }

    @Test func oneDoesNotChangeTheQuery() async throws {
        let science = test.db.find(Book.category == "science")
        _ = try await science.one()
        #expect(try await science.all().count == 2)
    }

    @Test func oneOfNothingIsNotFound() async throws {
        let error = await #expect(throws: OmmiError.self) { try await test.db.find(Book.pages == 12345).one() }
        #expect(error?.kind == .notFound)
    }

    @Test func countsFollowTheFilter() async throws {
        #expect(try await test.db.find(Book.self).count() == 5)
        #expect(try await test.db.find(Book.category == "poetry").count() == 2)
        #expect(try await test.db.find(Book.self).limit(3, offset: 3).count() == 2)
    }

    @Test func updateAndDeleteWithAndWithoutFilters() async throws {
        #expect(
            try await test.db.find(Book.category == "poetry" && Book.pages > 50).update(Book.pages.set(to: 81)) == 1)
        #expect(try await test.db.find(Book.title == "Poems").one().pages == 81)
        #expect(try await test.db.find(Book.self).update(Book.category.set(to: "all")) == 5)
        #expect(try await test.db.find(Book.category == "all").count() == 5)
        #expect(try await test.db.find(Book.pages < 50).delete() == 2)
        #expect(try await test.db.find(Book.self).delete() == 3)
        #expect(try await test.db.find(Book.self).count() == 0)
    }

    @Test func deleteWithALimitDeletesOnlyThatWindow() async throws {
        #expect(try await test.db.find(Book.self).sorted(by: Book.pages).limit(2).delete() == 2)
        #expect(try await test.db.find(Book.self).sorted(by: Book.pages).all().map(\.pages) == [80, 300, 500])
    }

    @Test func streamingDeliversEveryRowInOrder() async throws {
        let many = (0..<1_000).map { Book(title: "Bulk \($0)", pages: $0, category: "bulk", authorID: nil) }
        try await test.db.add(contentsOf: many)
        var pages: [Int] = []
        for try await book in test.db.find(Book.category == "bulk").sorted(by: Book.pages.desc).stream(batchSize: 64) {
            pages.append(book.pages)
        }
        #expect(pages == Array((0..<1_000).reversed()))
    }

    @Test func valuesAreBoundNeverSpliced() async throws {
        let hostile = "x'); DROP TABLE books; --"
        #expect(try await test.db.find(Book.title == hostile).count() == 0)
        let statements = try await test.statements { () async throws in
            _ = try await test.db.find(Book.title == hostile).all()
        }
        #expect(statements.allSatisfy { !$0.contains("DROP") })
        #expect(try await test.db.find(Book.self).count() == 5)
    }
}
