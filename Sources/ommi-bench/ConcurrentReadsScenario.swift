import Foundation
import Ommi
import OmmiSQLite
import Synchronization

/// Lookups by key from many tasks at once on one SQLite file: throughput with readers beside the
/// writer against one connection for everything.
enum ConcurrentReadsScenario {
    static let tasks = 8
    static let readers = 2

    /// The throughput of `tasks` tasks looking items up by key for a fixed time, on a driver with
    /// `readers` read-only connections, as a multiple of the same on a driver with none. Rounds
    /// alternate which goes first; the figure is the ratio of the medians.
    static func run(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let engine = SQLiteEngine(folder: folder)
        return try await engine.withNewDatabase("concurrent-reads", .items(count: scale.items)) { path in
            let seconds = scale.rounds > 1 ? 2.0 : 0.2
            var pooled: [Double] = []
            var single: [Double] = []
            for round in 0..<max(scale.rounds, 1) {
                for withReaders in round % 2 == 0 ? [true, false] : [false, true] {
                    let driver = try await SQLiteDriver.connect(path: path, readers: withReaders ? readers : 0)
                    let rate = try await lookupsPerSecond(Ommi(driver), items: scale.items, seconds: seconds)
                    if withReaders { pooled.append(rate) } else { single.append(rate) }
                }
            }
            let ratio = Statistics.median(pooled) / Statistics.median(single)
            return Measurement(
                scenario: "concurrent_reads", value: ratio, unit: .ratio, medianMilliseconds: nil,
                baselineMedianMilliseconds: nil, target: 1.6, higherIsBetter: true,
                note: "\(tasks) tasks; lookups/s: \(Int(Statistics.median(pooled))) with \(readers) readers, "
                    + "\(Int(Statistics.median(single))) on one connection")
        }
    }

    /// Lookups by random key that `tasks` tasks complete in `seconds`, per second.
    private static func lookupsPerSecond(_ database: Ommi, items: Int, seconds: Double) async throws -> Double {
        let deadline = ContinuousClock.now + .seconds(seconds)
        let start = ContinuousClock.now
        let total = try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<tasks {
                group.addTask {
                    var generator = SeededGenerator(seed: UInt64(task + 1))
                    var done = 0
                    while ContinuousClock.now < deadline {
                        let key = Int.random(in: 1...items, using: &generator)
                        guard try await database.find(Item.id == key).one().id == key else {
                            throw BenchError("concurrent_reads: looking up item \(key) found another")
                        }
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
