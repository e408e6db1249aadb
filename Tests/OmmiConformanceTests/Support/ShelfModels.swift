import Ommi

// Three versions of one application's models, each version's book mapped to the same table
// `Book`, for the migration tests: v2 adds a model, an optional field, a field with a default,
// a unique constraint and an index (setup alone); v3 renames a field and turns the year from text into an integer (a
// migration).

/// A writer; the same in every version.
@Model(name: "Author") struct ShelfAuthor {
    @Key var id: Int
    var name: String
}

/// The first book: the year is free text.
@Model(name: "Book") struct BookV1 {
    @Key var id: Int
    var title: String
    var year: String
    @ReferenceTo(ShelfAuthor.id) var authorID: Int
}

/// The second book: a page count that may be unknown, a format every book has, titles that no
/// two books share, and an index to find books by year.
@Model(name: "Book") struct BookV2 {
    @Key var id: Int
    @Unique var title: String
    @Indexed var year: String
    @ReferenceTo(ShelfAuthor.id) var authorID: Int
    var pages: Int? = nil
    var format: String = "paperback"
}

/// A reader's verdict on a book, new in the second version.
@Model(name: "Review") struct ShelfReview {
    @Key var id: Int
    @ReferenceTo(BookV2.id) var bookID: Int
    var stars: Int
}

/// The third book: the title is called heading, and the year is a number.
@Model(name: "Book") struct BookV3 {
    @Key var id: Int
    @Unique var heading: String
    @Indexed var year: Int
    @ReferenceTo(ShelfAuthor.id) var authorID: Int
    var pages: Int? = nil
    var format: String = "paperback"
}

/// A label whose key the database assigns, before its name was unique.
@Model(name: "Label") struct ShelfLabelV1 {
    @Key @Auto var id: Int
    var name: String
    var uses: Int
}

/// The same label once its name is unique: the conflict target of an upsert without a key.
@Model(name: "Label") struct ShelfLabelV2 {
    @Key @Auto var id: Int
    @Unique var name: String
    var uses: Int
}

let shelfV1 = ModelCollection(ShelfAuthor.self, BookV1.self)
let shelfV2 = ModelCollection(ShelfAuthor.self, BookV2.self, ShelfReview.self)
let shelfV3 = ModelCollection(ShelfAuthor.self, BookV3.self, ShelfReview.self)

/// The migration from the second version to the third.
let shelfMigrator: Migrator = {
    var migrator = Migrator()
    migrator.register("v3: heading and numeric year") { migration in
        try await migration.renameColumn("title", to: BookV3.heading)
        try await migration.changeType(of: BookV3.year)
    }
    return migrator
}()
