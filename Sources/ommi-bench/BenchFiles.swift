import Ommi
import OmmiSQLite

/// The database files of the ORM scenarios: tables created by Ommi's own setup (so both
/// contenders see the schema a user of Ommi gets), rows generated in SQL through the C API.
enum BenchFiles {
    /// `Item` rows 1...count with scattered titles and numbers, and an index on `n` for the
    /// filtered query.
    static func items(_ path: String, count: Int) async throws {
        try await create(path, BenchModels.items)
        let raw = try RawDatabase(path: path)
        try raw.exec("BEGIN")
        if count > 0 {
            try raw.exec(
                """
                WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < \(count))
                INSERT INTO "Item" ("id", "title", "n") SELECT i, \(ItemData.titleSQL(count: count)), \(ItemData.numberSQL(count: count)) FROM s
                """)
        }
        try raw.exec(#"CREATE INDEX "Item_n_index" ON "Item" ("n")"#)
        try raw.exec("COMMIT")
    }

    /// Posts with comments scattered across them, and tags attached to every post.
    static func blog(_ path: String, scale: Scale) async throws {
        try await create(path, BenchModels.blog)
        let raw = try RawDatabase(path: path)
        let spacing = scale.tags / scale.tagsPerPost
        try raw.exec("BEGIN")
        try raw.exec(
            """
            WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < \(scale.posts))
            INSERT INTO "Post" ("id", "title") SELECT i, printf('post %d', i) FROM s;
            WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < \(scale.posts * scale.commentsPerPost))
            INSERT INTO "Comment" ("id", "postID", "body") SELECT i, ((i - 1) % \(scale.posts)) + 1, printf('comment %d', i) FROM s;
            WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < \(scale.tags))
            INSERT INTO "Tag" ("id", "name") SELECT i, printf('tag %d', i) FROM s;
            WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < \(scale.tagsPerPost - 1))
            INSERT INTO "PostTag" ("postID", "tagID")
            SELECT "Post"."id", (("Post"."id" * 7 + k.j * \(spacing)) % \(scale.tags)) + 1 FROM "Post", k;
            """)
        try raw.exec("COMMIT")
    }

    /// A new write-ahead-logged file with the collection's tables.
    private static func create(_ path: String, _ models: ModelCollection) async throws {
        let driver = try await SQLiteDriver.connect(path: path, options: .create)
        try await driver.execute(SQLStatement("PRAGMA journal_mode = WAL"))
        try await models.setup(on: Ommi(driver))
    }
}

/// The values of `Item` row `i`, in Swift and in SQL, so a generated file and models built in
/// memory hold the same rows.
enum ItemData {
    static func title(_ i: Int, count: Int) -> String {
        "title " + String((i &* 7919) % count)
    }

    static func number(_ i: Int, count: Int) -> Int {
        (i &* 104_729) % count
    }

    static func titleSQL(count: Int) -> String {
        "'title ' || ((i * 7919) % \(count))"
    }

    static func numberSQL(count: Int) -> String {
        "(i * 104729) % \(count)"
    }

    static func item(_ i: Int, count: Int) -> Item {
        Item(id: i, title: title(i, count: count), n: number(i, count: count))
    }

    /// A checksum of one row that both contenders compute the same way.
    static func checksum(id: Int, title: String, n: Int) -> Int {
        id &* 31 &+ n &* 7 &+ title.utf8.count
    }

    /// The same checksum summed over a table, in SQL.
    static let fileChecksumSQL = #"SELECT coalesce(sum("id" * 31 + "n" * 7 + length("title")), 0) FROM "Item""#
}
