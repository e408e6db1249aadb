/// The SQL texts a raw contender runs: the texts Ommi compiles for the same queries in the
/// engine's dialect. Each comparison checks that the ORM ran exactly these, so a text here that
/// drifts from the compiler's fails the run instead of comparing different work.
struct BenchSQL {
    let selectItems: String
    let selectItemByKey: String
    let selectItemRange: String
    let insertItem: String
    let updateItem: String
    let deleteItem: String
    let selectPosts: String
    let commentsOfPost: String
    let tagsOfPost: String
    let commentsOfAllPosts: String
    let tagsOfAllPosts: String
    let sumOfNumbers: String
    let countsOfNumbers: String
    /// What the engine's driver runs, and traces, around the statements of a transaction.
    let transaction: [String]
    /// The texts of the inserts of `count` items: the one-row insert run once a row, unless the
    /// engine's driver sends many rows a statement.
    var itemInserts: @Sendable (_ count: Int) -> [String]

    /// The texts in a dialect that spells parameter `n` as `placeholder(n)` and follows every
    /// ascending sort key of a query with `ascending` (related rows are ordered by key alone);
    /// identifiers are quoted alike everywhere.
    init(placeholder p: (Int) -> String, ascending: String, transaction: [String]) {
        let item = #""Item"."id", "Item"."title", "Item"."n""#
        selectItems = #"SELECT \#(item) FROM "Item""#
        selectItemByKey =
            #"SELECT \#(item) FROM "Item" WHERE "Item"."id" = \#(p(1)) ORDER BY "Item"."id"\#(ascending) LIMIT \#(p(2))"#
        selectItemRange =
            #"SELECT \#(item) FROM "Item" WHERE (("Item"."n" >= \#(p(1))) AND ("Item"."n" <= \#(p(2)))) "#
            + #"ORDER BY "Item"."title"\#(ascending), "Item"."id"\#(ascending) LIMIT \#(p(3))"#
        insertItem = #"INSERT INTO "Item" ("id", "title", "n") VALUES (\#(p(1)), \#(p(2)), \#(p(3)))"#
        updateItem = #"UPDATE "Item" SET "n" = \#(p(1)) WHERE "Item"."id" = \#(p(2))"#
        deleteItem = #"DELETE FROM "Item" WHERE "Item"."id" = \#(p(1))"#
        selectPosts = #"SELECT "Post"."id", "Post"."title" FROM "Post""#
        let byID = #"ORDER BY r."id""#
        let ofAllPosts = #"IN (SELECT "Post"."id" FROM "Post") \#(byID)"#
        commentsOfPost =
            #"SELECT r."id", r."postID", r."body" FROM "Comment" AS r WHERE r."postID" = \#(p(1)) \#(byID)"#
        tagsOfPost =
            #"SELECT r."id", r."name" FROM "Tag" AS r WHERE r."id" IN "#
            + #"(SELECT a."tagID" FROM "PostTag" AS a WHERE a."postID" = \#(p(1))) \#(byID)"#
        commentsOfAllPosts =
            #"SELECT r."postID", r."id", r."postID", r."body" FROM "Comment" AS r WHERE r."postID" \#(ofAllPosts)"#
        tagsOfAllPosts =
            #"SELECT DISTINCT a."postID", r."id", r."name" FROM "PostTag" AS a JOIN "Tag" AS r ON r."id" = a."tagID" "#
            + #"WHERE a."postID" \#(ofAllPosts)"#
        sumOfNumbers = #"SELECT CAST(sum("Item"."n") AS BIGINT) FROM "Item""#
        countsOfNumbers =
            #"SELECT "Item"."n", count(*) FROM "Item" GROUP BY "Item"."n" ORDER BY "Item"."n"\#(ascending)"#
        self.transaction = transaction
        itemInserts = { [insertItem] _ in [insertItem] }
    }
}
