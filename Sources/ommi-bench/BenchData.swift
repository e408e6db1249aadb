import Ommi

/// What a scenario's database holds. The tables come from Ommi's own setup, so both contenders
/// see the schema a user of Ommi gets; the rows come from SQL that SQLite and PostgreSQL read
/// alike, so every engine holds the same rows.
enum BenchData {
    /// `Item` rows 1...count with scattered titles and numbers, and an index on `n` for the
    /// filtered query.
    case items(count: Int)
    /// Posts with comments scattered across them, and tags attached to every post.
    case blog(Scale)

    var models: ModelCollection {
        switch self {
        case .items: BenchModels.items
        case .blog: BenchModels.blog
        }
    }

    /// The statements that write the rows, one text each, to run in order after the setup.
    var statements: [String] {
        switch self {
        case .items(let count):
            let rows =
                count == 0
                ? []
                : [
                    Self.series(count) + #" INSERT INTO "Item" ("id", "title", "n") SELECT i, "#
                        + "\(ItemData.titleSQL(count: count)), \(ItemData.numberSQL(count: count)) FROM s"
                ]
            return rows + [#"CREATE INDEX "Item_n_index" ON "Item" ("n")"#]
        case .blog(let scale):
            let spacing = scale.tags / scale.tagsPerPost
            return [
                Self.series(scale.posts) + #" INSERT INTO "Post" ("id", "title") SELECT i, 'post ' || i FROM s"#,
                Self.series(scale.posts * scale.commentsPerPost)
                    + #" INSERT INTO "Comment" ("id", "postID", "body") "#
                    + "SELECT i, ((i - 1) % \(scale.posts)) + 1, 'comment ' || i FROM s",
                Self.series(scale.tags) + #" INSERT INTO "Tag" ("id", "name") SELECT i, 'tag ' || i FROM s"#,
                """
                WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < \(scale.tagsPerPost - 1))
                INSERT INTO "PostTag" ("postID", "tagID")
                SELECT "Post"."id", (("Post"."id" * 7 + k.j * \(spacing)) % \(scale.tags)) + 1 FROM "Post", k
                """,
            ]
        }
    }

    /// The numbers 1...count as column `i` of `s`, 64-bit from the start so that products of
    /// them do not overflow on PostgreSQL.
    private static func series(_ count: Int) -> String {
        "WITH RECURSIVE s(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM s WHERE i < \(count))"
    }
}

/// The values of `Item` row `i`, in Swift and in SQL, so a generated database and models built in
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

    /// The same checksum summed over the table, in SQL; cast so that PostgreSQL's sum of BIGINTs
    /// reads back as an integer too.
    static let tableChecksumSQL =
        #"SELECT CAST(coalesce(sum("id" * 31 + "n" * 7 + length("title")), 0) AS BIGINT) FROM "Item""#
}
