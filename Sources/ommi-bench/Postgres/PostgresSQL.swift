#if PostgreSQL
extension BenchSQL {
    /// The texts Ommi compiles for PostgreSQL: numbered parameters, NULLs placed explicitly in
    /// every ORDER BY. Its driver traces the `BEGIN` and `COMMIT` of a transaction, which the raw
    /// contender sends too.
    /// Items are inserted many to a statement (``itemBatches(_:)``).
    static let postgres = {
        var sql = BenchSQL(placeholder: { "$\($0)" }, ascending: " NULLS FIRST", transaction: ["BEGIN", "COMMIT"])
        sql.itemInserts = { count in Set(itemBatches(count)).sorted(by: >).map(insertItems(rows:)) }
        return sql
    }()

    /// How many rows each insert of `count` items carries, as the driver sends them: 1,024 a
    /// statement, then the rest as a sum of powers of two, largest first.
    static func itemBatches(_ count: Int) -> [Int] {
        let most = 1_024
        var batches = Array(repeating: most, count: count / most)
        var size = most / 2
        while size > 0 {
            if count % most & size != 0 { batches.append(size) }
            size /= 2
        }
        return batches
    }

    /// The insert of `rows` items in one statement.
    static func insertItems(rows: Int) -> String {
        let lists = (0..<rows).map { row in "($\(3 * row + 1), $\(3 * row + 2), $\(3 * row + 3))" }
        return #"INSERT INTO "Item" ("id", "title", "n") VALUES "# + lists.joined(separator: ", ")
    }

    /// A write as the driver sends one whose count it needs, which it traces as `write` itself.
    /// postgres-nio hands back no command tag for a prepared statement (the `execute` that
    /// promises one traps), so the count is selected from the rows the write returns; the raw
    /// contender sends the same text, so both ask the server for the same work.
    static func counting(_ write: String) -> String {
        "WITH ommi_changed AS (\(write) RETURNING 1) SELECT count(*) FROM ommi_changed"
    }
}
#endif
