import Ommi
import Testing

/// Files written by the original Python Ommi declare no foreign keys: references are found from
/// column names, and association models from their shape.
@Suite("Reflection of files shaped like the Python original's")
struct PythonShapedReflectionTests {
    static let schema = [
        #"CREATE TABLE "User" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"CREATE TABLE "Post" (id INTEGER PRIMARY KEY, title TEXT NOT NULL, user_id INTEGER NOT NULL, author_id INTEGER)"#,
        #"CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"CREATE TABLE "PostTag" (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id))"#,
        #"CREATE TABLE "Comment" (id INTEGER PRIMARY KEY, postId INTEGER, body TEXT)"#,
        #"CREATE TABLE "categories" (id INTEGER PRIMARY KEY, label TEXT)"#,
        #"CREATE TABLE "Product" (id INTEGER PRIMARY KEY, CATEGORY_ID INTEGER, paid INTEGER, name TEXT, TagID TEXT)"#,
    ]

    static let rows = [
        #"INSERT INTO "User" VALUES (1, 'alice'), (2, 'bob')"#,
        #"INSERT INTO "Post" VALUES (1, 'Ommi is Great', 1, NULL), (2, 'Python Tips', 2, NULL)"#,
        #"INSERT INTO "Tag" VALUES (101, 'ommi'), (102, 'python'), (103, 'guide')"#,
        #"INSERT INTO "PostTag" VALUES (1, 101), (1, 103), (2, 102), (2, 103)"#,
        #"INSERT INTO "Comment" VALUES (1, 1, 'first'), (2, 1, 'second'), (3, 2, 'third')"#,
    ]

    @Test("every table is a model, keyed by its primary key")
    func models() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        #expect(
            fixture.models.schemas.map(\.name).sorted() == [
                "Comment", "Post", "PostTag", "Product", "Tag", "User", "categories",
            ])
        #expect(try fixture.schema("PostTag").keyColumns == ["post_id", "tag_id"])
        #expect(try fixture.schema("Post").keyColumns == ["id"])
        #expect(try fixture.schema("Post").fields.map(\.isNullable) == [false, false, false, true])
    }

    @Test("references are inferred from <table>_id, <table>Id and <TABLE>_ID, singular or plural")
    func inferredReferences() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        #expect(try fixture.relations("Comment") == ["post → Post (inferred)"])
        #expect(try fixture.relations("Product") == ["category → categories (inferred)"])
        #expect(try fixture.relations("categories") == ["products ← Product (inferred)"])
        #expect(try fixture.relations("User") == ["posts ← Post (inferred)"])
        let post = try fixture.schema("Post")
        #expect(post.foreignKeys.allSatisfy { $0.isInferred })
        #expect(post.foreignKeys.map(\.columns) == [["user_id"]])
    }

    @Test("a column that names no table, a text column against an integer key, and `paid` are not references")
    func noFalseReferences() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        #expect(try fixture.schema("Post").foreignKeys.flatMap(\.columns).contains("author_id") == false)
        let product = try fixture.schema("Product").foreignKeys.flatMap(\.columns)
        #expect(product == ["CATEGORY_ID"])
    }

    @Test("an association model yields many-to-many relations on both sides and stays a model")
    func association() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        #expect(
            try fixture.relations("Post") == [
                "user → User (inferred)", "comments ← Comment (inferred)", "postTags ← PostTag (inferred)",
                "tags ⇄ Tag via PostTag (inferred)",
            ])
        #expect(
            try fixture.relations("Tag") == ["postTags ← PostTag (inferred)", "posts ⇄ Post via PostTag (inferred)"])
        #expect(try fixture.relations("PostTag") == ["post → Post (inferred)", "tag → Tag (inferred)"])
    }

    @Test("inferred relations load rows like declared ones")
    func loading() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema + Self.rows)
        let posts = try fixture.model("Post")
        let first = try await fixture.row("Post", key: .integer(1))
        let (tagSchema, tags) = try await posts.related("tags", of: first)
        #expect(ReflectionFixture.texts(tags, column: "name", of: tagSchema).sorted() == ["guide", "ommi"])

        let guide = try await fixture.row("Tag", key: .integer(103))
        let (postSchema, tagged) = try await fixture.model("Tag").related("posts", of: guide)
        #expect(
            ReflectionFixture.texts(tagged, column: "title", of: postSchema).sorted() == [
                "Ommi is Great", "Python Tips",
            ])

        let (commentSchema, comments) = try await posts.related("comments", of: first)
        #expect(ReflectionFixture.texts(comments, column: "body", of: commentSchema).sorted() == ["first", "second"])

        let third = try await fixture.row("Comment", key: .integer(3))
        let (_, parent) = try await fixture.model("Comment").related("post", of: third)
        #expect(ReflectionFixture.texts(parent, column: "title", of: postSchema) == ["Python Tips"])
    }
}
