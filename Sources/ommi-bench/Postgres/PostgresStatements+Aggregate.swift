#if PostgreSQL
import Ommi
import PostgresNIO

/// The sum of every item's `n`.
enum SumOfNumbers: RawText {
    static let (name, sql) = ("raw_sum_of_numbers", BenchSQL.postgres.sumOfNumbers)
    static func decode(_ row: PostgresRow) throws -> Int { try row.decode(Int.self) }
}

/// How many items hold each `n`, in order of `n`.
enum CountsOfNumbers: RawText {
    static let (name, sql) = ("raw_counts_of_numbers", BenchSQL.postgres.countsOfNumbers)

    static func decode(_ row: PostgresRow) throws -> GroupCount<Int> {
        let (value, count) = try row.decode((Int, Int).self)
        return GroupCount(value: value, count: count)
    }
}
#endif
