import Foundation
import Ommi
import OmmiSQLite
import Synchronization

/// `observe_latency`: how long a commit made by another connection takes to reach an observer
/// of a query, with the default interval of the change signal (`PRAGMA data_version`).
enum ObserveLatencyScenario {
    /// A writer connection inserts rows one commit at a time, at random moments 20–80 ms apart;
    /// an observer on its own connection follows the newest row. Each latency runs from the
    /// commit's return to the first observed result that holds the row: commits that land in the
    /// same interval arrive together, in one result.
    static func run(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let commits = scale.rounds * 30
        let path = folder.newPath("observe")
        let writer = Ommi(try await SQLiteDriver.connect(path: path, options: .create))
        try await writer.driver.execute(SQLStatement(#"CREATE TABLE "Tick" ("id" INTEGER PRIMARY KEY)"#))
        let observer = Ommi(try await SQLiteDriver.connect(path: path))
        guard let schema = try await ModelCollection.reflect(from: observer).schema(named: "Tick") else {
            throw BenchError("observe_latency: the Tick table was not reflected")
        }
        let ticks = DynamicModel(schema: schema, database: observer)
        let newest = ticks.query(order: [SortKey(ticks.column("id"), descending: true)], limit: 1)
        let seen = Mutex<[Int64: UInt64]>([:])
        let started = Mutex(false)
        let watching = Task {
            for try await rows in ticks.observe(newest) {
                let now = Stopwatch.now()
                started.withLock { $0 = true }
                guard case .integer(let newest)? = rows.first?.values.first else { continue }
                seen.withLock { seen in
                    for id in 1...max(1, newest) where seen[id] == nil { seen[id] = now }
                }
            }
        }
        defer { watching.cancel() }
        while !started.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
        var committed: [Int64: UInt64] = [:]
        var generator = SeededGenerator(seed: 18)
        for id in 1...Int64(commits) {
            try await Task.sleep(for: .milliseconds(Int.random(in: 20...80, using: &generator)))
            try await writer.driver.execute(SQLStatement(#"INSERT INTO "Tick" ("id") VALUES (?)"#, [.integer(id)]))
            committed[id] = Stopwatch.now()
        }
        let deadline = Stopwatch.now() + 5_000_000_000
        while seen.withLock({ $0[Int64(commits)] }) == nil, Stopwatch.now() < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        let arrivals = seen.withLock { $0 }
        let latencies = committed.compactMap { id, at in arrivals[id].map { Double($0 &- at) / 1_000_000 } }
        guard latencies.count * 10 >= commits * 9 else {
            throw BenchError("observe_latency: only \(latencies.count) of \(commits) commits were observed")
        }
        return Measurement(
            scenario: "observe_latency", value: Statistics.percentile(latencies, 99), unit: .milliseconds,
            medianMilliseconds: Statistics.median(latencies), baselineMedianMilliseconds: nil, target: 300,
            note:
                "p99 of \(latencies.count) commits by another connection, median \(BrowseScenarios.format(Statistics.median(latencies))) ms"
        )
    }
}
