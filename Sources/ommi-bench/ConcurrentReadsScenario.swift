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
                    let database = Ommi(driver)
                    let rate = try await LookupRate.perSecond(tasks: tasks, items: scale.items, seconds: seconds) {
                        try await database.find(Item.id == $0).one().id
                    }
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
}
