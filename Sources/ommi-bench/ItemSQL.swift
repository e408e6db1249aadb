/// The SQL texts the raw contender runs for the `Item` scenarios: the texts Ommi compiles for the
/// same queries (the comparison checks that they are identical).
enum ItemSQL {
    static let columns = #""Item"."id", "Item"."title", "Item"."n""#
    static let selectAll = #"SELECT \#(columns) FROM "Item""#
    static let selectByKey = #"SELECT \#(columns) FROM "Item" WHERE "Item"."id" = ? ORDER BY "Item"."id" LIMIT ?"#
    static let selectRange =
        #"SELECT \#(columns) FROM "Item" WHERE (("Item"."n" >= ?) AND ("Item"."n" <= ?)) ORDER BY "Item"."title", "Item"."id" LIMIT ?"#
    static let insert = #"INSERT INTO "Item" ("id", "title", "n") VALUES (?, ?, ?)"#
    static let updateByKey = #"UPDATE "Item" SET "n" = ? WHERE "Item"."id" = ?"#
    static let deleteByKey = #"DELETE FROM "Item" WHERE "Item"."id" = ?"#
}

extension RawStatement {
    /// Decodes the current row as an `Item`, column by column.
    @inline(__always) func item() -> Item {
        Item(id: int(0), title: text(1), n: int(2))
    }
}

extension [Item] {
    /// The order-independent checksum of a set of rows.
    var checksum: Int {
        reduce(0) { $0 &+ ItemData.checksum(id: $1.id, title: $1.title, n: $1.n) }
    }
}
