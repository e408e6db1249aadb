import Foundation
import Ommi
import OmmiSQLite
import Synchronization

/// A library catalogue written as an application would: authors, books with a sequel
/// self-reference, genres through `BookGenre` with a payload, members and loans. Each section
/// exercises one thing an application needs of the ORM and prints its check; any mismatch exits
/// non-zero.

@Model struct Author: Hashable, Codable, Identifiable {
    @Key @Auto var id: Int
    @Indexed var name: String
    var books: LazyLoadEveryRelated<Book>
}

@Model(unique: [["authorID", "title"]]) struct Book: Hashable, Codable, Identifiable {
    @Key @Auto var id: Int
    @Unique var isbn: String
    var title: String
    var price: Double
    var pages: Int?
    @ReferenceTo(Author.id) var authorID: Int
    @ReferenceTo(Book.id) var sequelOfID: Int?
    var author: LazyLoadTheRelated<Author>
    @Via(\Book.sequelOfID) var sequelOf: LazyLoadTheRelated<Book>
    @AssociateUsing(BookGenre.self) var genres: LazyLoadEveryRelated<Genre>
    var loans: LazyLoadEveryRelated<Loan>
}

@Model struct Genre {
    @Key var code: String
    var name: String
    @AssociateUsing(BookGenre.self) var books: LazyLoadEveryRelated<Book>
}

@Model struct BookGenre {
    @Key @ReferenceTo(Book.id) var bookID: Int
    @Key @ReferenceTo(Genre.code) var genreCode: String
    var primary: Bool = false
}

@Model struct Member {
    @Key @Auto var id: Int
    @Unique var email: String
    var name: String
    var loans: LazyLoadEveryRelated<Loan>
}

@Model struct Loan {
    @Key @Auto var id: Int
    @ReferenceTo(Book.id) var bookID: Int
    @ReferenceTo(Member.id) var memberID: Int
    var due: String
}

var failures = 0
@MainActor func check(_ condition: Bool, _ description: String) {
    print("\(condition ? "ok  " : "FAIL") \(description)")
    if !condition { failures += 1 }
}

struct Expected: Error {}

let catalogue = ModelCollection(Author.self, Book.self, Genre.self, BookGenre.self, Member.self, Loan.self)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("catalogue-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: folder) }
let db = try await Ommi(SQLiteDriver.connect(path: folder.appendingPathComponent("library.db").path, options: .create))
try await catalogue.setup(on: db)

// Statements, as the database object traces them on any driver.
let traced = TracedStatements()
db.trace { traced.append($0) }

// Writes of model values: save inserts and then updates by key; upsert resolves a conflict.
var tolkien = try await db.save(Author(name: "J. R. R. Tolkien"))
let leGuin = try await db.save(Author(name: "Ursula K. Le Guin"))
check(tolkien.id > 0 && leGuin.id > tolkien.id, "save assigns @Auto keys (\(tolkien.id), \(leGuin.id))")
tolkien.name = "J.R.R. Tolkien"
tolkien = try await db.save(tolkien)
check(
    try await db.find(Author.id == tolkien.id).one().name == "J.R.R. Tolkien", "save of a changed value updates its row"
)

var hobbit = try await db.save(Book(isbn: "978-0-261", title: "The Hobbit", price: 9.5, authorID: tolkien.id))
let fellowship = try await db.save(
    Book(isbn: "978-0-262", title: "The Fellowship of the Ring", price: 12, authorID: tolkien.id, sequelOfID: hobbit.id)
)
let earthsea = try await db.save(Book(isbn: "978-0-553", title: "A Wizard of Earthsea", price: 8, authorID: leGuin.id))
check(hobbit.pages == nil, "optional properties default to nil in the initializer")

try await db.upsert(Genre(code: "fantasy", name: "Fantasy"))
try await db.upsert(Genre(code: "sf", name: "Sci-fi"))
try await db.upsert(Genre(code: "sf", name: "Science fiction"))
check(try await db.find(Genre.code == "sf").one().name == "Science fiction", "upsert updates on a key conflict")
check(try await db.find(Genre.self).count() == 2, "upsert inserted each genre once")

// Constraints declared in the model, created by setup, told apart on every driver.
do {
    try await db.add(Book(isbn: "978-0-261", title: "Another Hobbit", price: 1, authorID: tolkien.id))
    check(false, "a duplicate ISBN is refused")
} catch let error as OmmiError {
    check(error.constraint == .unique && error.columns == ["isbn"], "a duplicate ISBN is a .unique violation of [isbn]")
}
do {
    try await db.add(Book(isbn: "978-1-000", title: "The Hobbit", price: 1, authorID: tolkien.id))
    check(false, "a second book of one title by one author is refused")
} catch let error as OmmiError {
    check(error.constraint == .unique, "@Model(unique:) refuses a second (author, title)")
}
do {
    try await db.add(Book(isbn: "978-1-001", title: "Lost", price: 1, authorID: 999))
    check(false, "a reference to no author is refused")
} catch let error as OmmiError {
    check(error.constraint == .foreignKey, "a reference to no author is a .foreignKey violation: \(error.message)")
}

// Relations follow the model's current values, not the key it was read with.
check(try await hobbit.author.value?.name == "J.R.R. Tolkien", "a book's author")
hobbit.authorID = leGuin.id
check(try await hobbit.author.value?.name == "Ursula K. Le Guin", "after authorID changes, author loads the new one")
hobbit.authorID = tolkien.id
check(try await fellowship.sequelOf.value?.title == "The Hobbit", "the sequel self-reference, followed by @Via")

// Typed assignments: an update takes only assignments to the query's own model, and an attach
// payload only the association model's (Author.name.set(to:) here would not compile).
let renamed = try await db.find(Book.id == earthsea.id).update(Book.price.set(to: 8.5))
check(renamed == 1, "update with an assignment of the query's model")
try await hobbit.genres.attach(
    try await db.find(Genre.code == "fantasy").one(), payload: [BookGenre.primary.set(to: true)])
try await fellowship.genres.attach(try await db.find(Genre.code == "fantasy").one())
try await fellowship.genres.attach(
    try await db.find(Genre.code == "sf").one(), payload: [BookGenre.primary.set(to: true)])

// Conditions on the target and on the association payload constrain the same association row.
let primarySF = try await db.find(Book.self).filter(Genre.code == "sf" && BookGenre.primary == true).count()
let primaryFantasy = try await db.find(Book.self).filter(Genre.code == "fantasy" && BookGenre.primary == true).count()
check(
    primarySF == 1 && primaryFantasy == 1,
    "one book is primarily sf, one primarily fantasy (\(primarySF), \(primaryFantasy))")

// Aggregates and grouped counts through the query, with filters on related models.
let prices = try await db.find(Book.self).all().map(\.price)
check(try await db.find(Book.self).sum(Book.price) == prices.reduce(0, +), "sum of prices")
check(
    try await db.find(Book.authorID == tolkien.id).average(Book.price) == (9.5 + 12) / 2, "average of Tolkien's prices")
check(try await db.find(Book.self).min(Book.price) == prices.min(), "cheapest price")
check(try await db.find(Book.self).filter(Genre.code == "fantasy").max(Book.price) == 12, "dearest fantasy price")
let perAuthor = try await db.find(Book.self).counts(by: Book.authorID)
check(
    perAuthor.map(\.value).sorted() == [tolkien.id, leGuin.id] && perAuthor.map(\.count).reduce(0, +) == 3,
    "books counted per author")
let genreCounts = try await db.find(Book.self).sorted(by: Book.id).counting(Book.genres)
check(genreCounts.map(\.count) == [1, 2, 0], "genres per book, in one statement: \(genreCounts.map(\.count))")

// Sorting by a column of the to-one related model.
let byAuthor = try await db.find(Book.self).sorted(by: Author.name.desc, Book.title).all().map(\.title)
check(byAuthor == ["A Wizard of Earthsea", "The Fellowship of the Ring", "The Hobbit"], "books sorted by author name")

// Models behave as Swift values.
let readBack = try await db.find(Book.id == earthsea.id).one()
check(readBack.id == earthsea.id && readBack != earthsea, "Identifiable, and Equatable on the column values")
check(Set([readBack, readBack]).count == 1, "Hashable")
let json = try JSONEncoder().encode(readBack)
check(try JSONDecoder().decode(Book.self, from: json).isbn == readBack.isbn, "Codable, without the relation fields")
check(
    String(describing: readBack).hasPrefix("Book(id: \(readBack.id), isbn: \"978-0-553\""), "printing shows the values")

// Exact transactions under structured concurrency: each child's savepoint is its own.
let ada = try await db.save(Member(email: "ada@example.org", name: "Ada"))
try await db.transaction {
    try await withThrowingTaskGroup(of: Void.self) { group in
        for index in 1...30 {
            group.addTask {
                try? await db.transaction {
                    try await Task.sleep(nanoseconds: UInt64.random(in: 0...2_000_000))
                    try await db.add(Loan(bookID: hobbit.id, memberID: ada.id, due: "day \(index)"))
                    if index % 3 == 0 { throw Expected() }
                }
            }
        }
        try await group.waitForAll()
    }
}
let dues = Set(try await db.find(Loan.self).all().map(\.due))
check(
    dues == Set((1...30).filter { $0 % 3 != 0 }.map { "day \($0)" }),
    "30 children: exactly the 20 that did not throw remain")

// Deleting by value.
check(try await db.delete(readBack), "delete by key")
check(try await db.find(Book.self).count() == 2, "two books remain")
check(traced.count > 0, "the database traced \(traced.count) statements")

try await catalogue.remove(from: db)
if failures > 0 {
    print("catalogue: \(failures) checks failed")
    exit(1)
}
print("catalogue: every check passed")

/// Statements collected by the trace handler, which may run on any thread.
final class TracedStatements: Sendable {
    private let statements = Mutex<[String]>([])
    func append(_ sql: String) { statements.withLock { $0.append(sql) } }
    var count: Int { statements.withLock { $0.count } }
}
