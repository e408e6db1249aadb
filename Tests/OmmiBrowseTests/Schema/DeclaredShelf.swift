import Ommi
import OmmiSQLite

/// An application's declared models whose relation names differ from what reflection infers
/// (`writer` for the author, `kinds` through `Shelving`, `works` through `@Via`), a reference
/// chosen by the relation's name (`editor`), with a label,
/// a model reached only through a relation (`Genre`), and a database table it does not declare
/// (`Loan`).
enum DeclaredShelf {
    @Model(label: \.handle) struct Member {
        @Key var id: Int
        var email: String
        var handle: String
        @Via(\Book.authorID) var works: LazyLoadEveryRelated<Book>
    }

    @Model(name: "books") struct Book {
        @Key var id: Int
        var title: String
        @ReferenceTo(Member.id) var authorID: Int
        @ReferenceTo(Member.id) var editorID: Int
        @Via(\Book.authorID) var writer: LazyLoadTheRelated<Member>
        var editor: LazyLoadTheRelated<Member>
        @AssociateUsing(Shelving.self) var kinds: LazyLoadEveryRelated<Genre>
    }

    @Model struct Genre {
        @Key var id: Int
        var name: String
    }

    @Model struct Shelving {
        @Key @ReferenceTo(Book.id) var bookID: Int
        @Key @ReferenceTo(Genre.id) var genreID: Int
    }

    static let collection = ModelCollection(Member.self, Book.self, Shelving.self)

    /// An in-memory database set up from the collection, with rows, and the undeclared `Loan`.
    static func database() async throws -> Ommi {
        let db = try await Ommi(SQLiteDriver.connect())
        try await ModelCollection(Member.self, Book.self, Genre.self, Shelving.self).setup(on: db)
        try await db.add(
            Member(id: 1, email: "ann@example.org", handle: "ann"),
            Member(id: 2, email: "eve@example.org", handle: "eve"))
        try await db.add(Book(id: 10, title: "Dune", authorID: 1, editorID: 2))
        try await db.add(Genre(id: 5, name: "fiction"), Genre(id: 6, name: "classic"))
        try await db.add(Shelving(bookID: 10, genreID: 6))
        for sql in [
            #"CREATE TABLE "Loan" (id INTEGER PRIMARY KEY, book_id INTEGER REFERENCES "books"(id), borrower TEXT)"#,
            #"INSERT INTO "Loan" VALUES (1, 10, 'zoe')"#,
        ] {
            try await db.driver.execute(SQLStatement(sql))
        }
        return db
    }
}
