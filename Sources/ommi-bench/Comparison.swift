import Ommi
import Synchronization

/// Computes a checksum of what a contender produced; called after the clock stops, so building
/// it costs neither side.
typealias Tally = () throws -> Int

/// One ORM scenario on one engine: the same logical work done through Ommi and through the
/// engine's raw client, on databases built the same way, with the same SQL.
struct Comparison<Engine: BenchEngine> {
    let name: String
    /// The most the ORM's median may be, as a multiple of the raw median, unless the engine holds
    /// every scenario to a target of its own.
    let target: Double
    /// What the scenario's database holds, written untimed.
    let data: BenchData
    /// Whether the work changes the database, so that each contender needs a fresh one every round.
    let writes: Bool
    /// The SQL the raw contender runs; the ORM must run exactly these texts.
    let sql: [String]
    let orm: (Ommi) async throws -> Tally
    let raw: (Engine.Raw) async throws -> Tally
    /// A checksum of the database after the work, for scenarios that write.
    var storeTally: ((Engine.Raw) async throws -> Int)? = nil

    /// Runs a warm-up round and `rounds` timed ones, the contenders alternating which goes first,
    /// then checks that every round of both produced the same, non-zero checksum.
    func measure(rounds: Int, on engine: Engine) async throws -> Measurement {
        if writes { return try await measure(rounds: rounds, on: engine, shared: nil) }
        return try await engine.withNewDatabase(name, data) { shared in
            try await measure(rounds: rounds, on: engine, shared: shared)
        }
    }

    /// The rounds on `shared`, or each run on a database of its own when there is none.
    private func measure(rounds: Int, on engine: Engine, shared: Engine.Database?) async throws -> Measurement {
        var ormTimes: [Double] = []
        var rawTimes: [Double] = []
        var checksums: [(String, Int)] = []
        for round in 0...rounds {
            let ormFirst = round % 2 == 0
            for isORM in ormFirst ? [true, false] : [false, true] {
                let run = { (database: Engine.Database) in
                    isORM
                        ? try await runORM(database, on: engine, checkingSQL: round == 0)
                        : try await runRaw(database, on: engine)
                }
                let (milliseconds, checksum) =
                    if let shared { try await run(shared) } else { try await engine.withNewDatabase(name, data, run) }
                checksums.append((isORM ? "ORM" : "raw", checksum))
                if round > 0 {
                    if isORM { ormTimes.append(milliseconds) } else { rawTimes.append(milliseconds) }
                }
            }
        }
        if let (side, checksum) = checksums.first(where: { $0.1 != checksums[0].1 }) {
            throw BenchError(
                "\(name): checksums differ (\(checksums[0].0) \(checksums[0].1), \(side) \(checksum)); one contender did not do the work"
            )
        }
        if checksums.first?.1 == 0 {
            throw BenchError(
                "\(name): both contenders produced nothing (checksum 0); the scenario's database holds no rows")
        }
        let ormMedian = Statistics.median(ormTimes)
        let rawMedian = Statistics.median(rawTimes)
        return Measurement(
            scenario: name, value: ormMedian / rawMedian, unit: .ratio, medianMilliseconds: ormMedian,
            baselineMedianMilliseconds: rawMedian, target: Engine.target ?? target)
    }

    private func runORM(_ database: Engine.Database, on engine: Engine, checkingSQL: Bool) async throws -> (Double, Int)
    {
        let driver = try await engine.connectORM(database)
        let seen = Mutex<Set<String>>([])
        if checkingSQL { driver.trace { sql in seen.withLock { _ = $0.insert(sql) } } }
        let ommi = Ommi(driver)
        let (tally, milliseconds) = try await Stopwatch.time { try await orm(ommi) }
        driver.trace(nil)
        await driver.close()
        if checkingSQL {
            let ran = seen.withLock { $0 }
            if ran != Set(sql) {
                throw BenchError(
                    "\(name): the ORM ran \(ran.sorted()) but the raw contender runs \(sql.sorted()); the SQL must match"
                )
            }
        }
        var checksum = try tally()
        if let storeTally {
            let raw = try await engine.connectRaw(database)
            checksum = checksum &* 31 &+ (try await storeTally(raw))
            await raw.close()
        }
        return (milliseconds, checksum)
    }

    private func runRaw(_ database: Engine.Database, on engine: Engine) async throws -> (Double, Int) {
        let connection = try await engine.connectRaw(database)
        let (tally, milliseconds) = try await Stopwatch.time { try await raw(connection) }
        var checksum = try tally()
        if let storeTally { checksum = checksum &* 31 &+ (try await storeTally(connection)) }
        await connection.close()
        return (milliseconds, checksum)
    }
}
