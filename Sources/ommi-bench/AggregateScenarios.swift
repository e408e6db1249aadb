import Ommi

/// The aggregate scenario: a sum and a grouped count over every `Item` row, computed by the
/// database; what either side adds is the statement and the decoding of the groups.
enum AggregateScenarios {
    static func aggregate<Engine>(_ scale: Scale) -> Comparison<Engine> {
        Comparison(
            name: "aggregate", target: 1.5, data: .items(count: scale.items), writes: false,
            sql: [Engine.sql.sumOfNumbers, Engine.sql.countsOfNumbers],
            orm: { database in
                let items = database.find(Item.self)
                let sum = try await items.sum(Item.n)
                let counts = try await items.counts(by: Item.n)
                return { checksum(sum: sum ?? 0, counts: counts) }
            },
            raw: { database in
                let (sum, counts) = try await database.numberAggregates()
                return { checksum(sum: sum, counts: counts) }
            })
    }

    /// A checksum that depends on the sum and on every group, in order.
    private static func checksum(sum: Int, counts: [GroupCount<Int>]) -> Int {
        counts.enumerated().reduce(sum) { $0 &+ ($1.offset + 1) &* ($1.element.value &* 31 &+ $1.element.count) }
    }
}
