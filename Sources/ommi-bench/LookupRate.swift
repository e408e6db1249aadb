/// The throughput of lookups by key from many tasks at once, for the scenarios that measure
/// concurrency.
enum LookupRate {
    /// Lookups by random key that `tasks` tasks complete in `seconds`, per second; `lookup`
    /// returns the key of the row it found, which must be the key it was given.
    static func perSecond(
        tasks: Int, items: Int, seconds: Double, _ lookup: @escaping @Sendable (Int) async throws -> Int
    ) async throws -> Double {
        let deadline = ContinuousClock.now + .seconds(seconds)
        let start = ContinuousClock.now
        let total = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<tasks {
                group.addTask {
                    var generator = SeededGenerator(seed: UInt64(task + 1))
                    var done = 0
                    while ContinuousClock.now < deadline {
                        let key = Int.random(in: 1...items, using: &generator)
                        let found = try await lookup(key)
                        guard found == key else { throw BenchError("looking up item \(key) found item \(found)") }
                        done += 1
                    }
                    return done
                }
            }
            return try await group.reduce(0, +)
        }
        let elapsed = ContinuousClock.now - start
        return Double(total) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
}
