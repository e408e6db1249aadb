#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import PostgresNIO

/// The scenarios of the PostgreSQL driver alone: its pool under many tasks, and bulk inserts
/// against `COPY`.
enum PostgresScenarios {
    static let concurrentTasks = 32
    static let poolSize = 8

    /// Who looks items up in `concurrent_fetch_by_key`.
    enum Contender: CaseIterable {
        /// The driver with a pool of ``poolSize``.
        case pooled
        /// The driver on one connection.
        case oneConnection
        /// Raw `PostgresClient` with a pool of ``poolSize``.
        case rawClient
    }

    /// `concurrent_fetch_by_key`: the throughput of ``concurrentTasks`` tasks looking items up by
    /// key for a fixed time through the driver with a pool of ``poolSize``, as a multiple of raw
    /// `PostgresClient` with the same pool (target at least 0.8); the note gives it as a multiple
    /// of the driver on one connection too. Round 0 warms every contender up; later rounds
    /// rotate which goes first, and the figures are medians.
    static func concurrentFetchByKey(_ scale: Scale, on engine: PostgresEngine) async throws -> Measurement {
        try await engine.withNewDatabase("concurrent_fetch", .items(count: scale.items)) { name in
            let seconds = scale.rounds > 1 ? 2.0 : 0.2
            var rates: [Contender: [Double]] = [:]
            for round in 0...max(scale.rounds, 1) {
                for offset in 0..<Contender.allCases.count {
                    let contender = Contender.allCases[(round + offset) % Contender.allCases.count]
                    let rate = try await lookupRate(
                        contender, name, engine: engine, items: scale.items, seconds: seconds)
                    if round > 0 { rates[contender, default: []].append(rate) }
                }
            }
            let (pooled, single, raw) = (
                Statistics.median(rates[.pooled] ?? []), Statistics.median(rates[.oneConnection] ?? []),
                Statistics.median(rates[.rawClient] ?? [])
            )
            return Measurement(
                scenario: "concurrent_fetch_by_key", value: pooled / raw, unit: .ratio, medianMilliseconds: nil,
                baselineMedianMilliseconds: nil, target: 0.8, higherIsBetter: true,
                note: "\(concurrentTasks) tasks, lookups/s: \(Int(pooled)) with a pool of \(poolSize), \(Int(raw)) "
                    + "raw PostgresClient, \(Int(single)) on one connection: "
                    + "\(String(format: "%.2f", pooled / single))x one connection (target 3)")
        }
    }

    /// Lookups a second through `contender`.
    private static func lookupRate(
        _ contender: Contender, _ name: String, engine: PostgresEngine, items: Int, seconds: Double
    ) async throws -> Double {
        if contender != .rawClient {
            let driver = try await PostgresDriver.connect(
                engine.settings(name, poolSize: contender == .pooled ? poolSize : 1))
            let database = Ommi(driver)
            let rate = try await LookupRate.perSecond(tasks: concurrentTasks, items: items, seconds: seconds) {
                try await database.find(Item.id == $0).one().id
            }
            await driver.close()
            return rate
        }
        let client = PostgresClient(
            configuration: try PostgresRaw.poolConfiguration(engine.settings(name, poolSize: poolSize)))
        let running = Task { await client.run() }
        defer { running.cancel() }
        let logger = PostgresRaw.quietLogger
        return try await LookupRate.perSecond(tasks: concurrentTasks, items: items, seconds: seconds) { key in
            try await client.withConnection { connection -> Int in
                for try await item in try await connection.execute(Prepared<SelectItemByKey>(key, 1), logger: logger) {
                    return item.id
                }
                throw BenchError("concurrent_fetch_by_key: no Item \(key)")
            }
        }
    }

    /// `bulk_insert`: `add(contentsOf:)` of every item, as a multiple of raw postgres-nio's
    /// `COPY` of the same rows (target at most 1.5); the note gives both medians and the time of
    /// one statement a row, the way every insert reached the server before, measured once.
    static func bulkInsert(_ scale: Scale, on engine: PostgresEngine) async throws -> Measurement {
        let items = (1...scale.items).map { ItemData.item($0, count: scale.items) }
        var times: [Bool: [Double]] = [true: [], false: []]
        var checksums: Set<Int> = []
        for round in 0...scale.rounds {
            for isORM in round % 2 == 0 ? [true, false] : [false, true] {
                let (milliseconds, checksum) = try await inserting(items, engine: engine) { name in
                    if isORM {
                        let driver = try await engine.connectORM(name)
                        let ommi = Ommi(driver)
                        let milliseconds = try await Stopwatch.time { try await ommi.add(contentsOf: items) }.1
                        await driver.close()
                        return milliseconds
                    }
                    let raw = try await engine.connectRaw(name)
                    let milliseconds = try await Stopwatch.time { try await raw.copy(items) }.1
                    await raw.close()
                    return milliseconds
                }
                checksums.insert(checksum)
                if round > 0 { times[isORM, default: []].append(milliseconds) }
            }
        }
        let (oneByOne, checksum) = try await inserting(items, engine: engine) { name in
            let raw = try await engine.connectRaw(name)
            let milliseconds = try await Stopwatch.time { try await raw.insertOneByOne(items) }.1
            await raw.close()
            return milliseconds
        }
        checksums.insert(checksum)
        guard checksums.count == 1, checksums.first != 0 else {
            throw BenchError("bulk_insert: the contenders stored different rows (checksums \(checksums.sorted()))")
        }
        let orm = Statistics.median(times[true] ?? [])
        let copy = Statistics.median(times[false] ?? [])
        return Measurement(
            scenario: "bulk_insert", value: orm / copy, unit: .ratio, medianMilliseconds: orm,
            baselineMedianMilliseconds: copy, target: 1.5,
            note: "\(items.count) rows against COPY; one statement a row took \(Int(oneByOne)) ms, "
                + "\(String(format: "%.1f", oneByOne / orm))x the ORM's time (target 10)")
    }

    /// Runs `insert` on a new empty database and returns its time with the checksum of the table
    /// it left.
    private static func inserting(
        _ items: [Item], engine: PostgresEngine, _ insert: (String) async throws -> Double
    ) async throws -> (Double, Int) {
        try await engine.withNewDatabase("bulk_insert", .items(count: 0)) { name in
            let milliseconds = try await insert(name)
            let raw = try await engine.connectRaw(name)
            let checksum = try await raw.itemTableChecksum()
            await raw.close()
            return (milliseconds, checksum)
        }
    }
}
#endif
