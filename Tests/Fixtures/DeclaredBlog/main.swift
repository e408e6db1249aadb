import Foundation
import Ommi
import OmmiBrowser
import OmmiSQLite

// An application that declares its models and opens the browser on them:
// `declared-blog DATABASE [START] [--read-only] [--no-mouse]`. A new database file is seeded first, with a
// table `Visit` that the application does not declare. When the browser quits, the program
// reads article 1's labels back through its typed relation and prints them.

@Model(label: \.handle) struct Person {
    @Key var id: Int
    var email: String
    var handle: String
    @Via(\Article.authorID) var writings: LazyLoadEveryRelated<Article>
}

@Model(label: \.headline) struct Article {
    @Key var id: Int
    var headline: String
    @ReferenceTo(Person.id) var authorID: Int
    @ReferenceTo(Person.id) var reviewerID: Int
    @Via(\Article.authorID) var writer: LazyLoadTheRelated<Person>
    @AssociateUsing(ArticleTag.self) var labels: LazyLoadEveryRelated<Tag>
}

@Model struct Tag {
    @Key var id: Int
    var name: String
    @AssociateUsing(ArticleTag.self) var articles: LazyLoadEveryRelated<Article>
}

@Model struct ArticleTag {
    @Key @ReferenceTo(Article.id) var articleID: Int
    @Key @ReferenceTo(Tag.id) var tagID: Int
}

let appModels = ModelCollection(Person.self, Article.self, Tag.self, ArticleTag.self)

var arguments = Array(CommandLine.arguments.dropFirst())
let readOnly = arguments.contains("--read-only")
let mouse = !arguments.contains("--no-mouse")
arguments.removeAll { $0 == "--read-only" || $0 == "--no-mouse" }
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: declared-blog DATABASE [START] [--read-only] [--no-mouse]\n".utf8))
    exit(2)
}

let isNew = !FileManager.default.fileExists(atPath: path)
let db = try await Ommi(SQLiteDriver.connect(path: path, options: .create))
try await appModels.setup(on: db)
if isNew {
    try await db.add(
        Person(id: 1, email: "ada@example.org", handle: "ada_l"),
        Person(id: 2, email: "bob@example.org", handle: "bobby"))
    try await db.add(
        Article(id: 1, headline: "Swift at scale", authorID: 1, reviewerID: 2),
        Article(id: 2, headline: "Ommi in practice", authorID: 2, reviewerID: 1))
    try await db.add(Tag(id: 101, name: "ommi"), Tag(id: 102, name: "swift"), Tag(id: 103, name: "guide"))
    try await db.add(
        ArticleTag(articleID: 1, tagID: 101), ArticleTag(articleID: 1, tagID: 103), ArticleTag(articleID: 2, tagID: 102)
    )
    for sql in [
        #"CREATE TABLE "Visit" (id INTEGER PRIMARY KEY, article_id INTEGER REFERENCES "Article"(id), visitor TEXT)"#,
        #"INSERT INTO "Visit" VALUES (1, 2, 'crawler'), (2, 1, 'reader')"#,
    ] {
        try await db.driver.execute(SQLStatement(sql))
    }
}

do {
    try await appModels.browse(
        on: db, options: BrowseOptions(readOnly: readOnly, start: arguments.dropFirst().first, mouse: mouse))
} catch {
    FileHandle.standardError.write(Data("declared-blog: \(error)\n".utf8))
    exit(1)
}

let article = try await db.find(Article.id == 1).one()
print("labels of article 1: " + (try await article.labels.value.map(\.name).sorted().joined(separator: ", ")))
