import Ommi
import OmmiSQLite
import Synchronization

/// Computes a checksum of what a contender produced; called after the clock stops, so building
/// it costs neither side.
typealias Tally = () throws -> Int

/// One ORM scenario: the same logical work done through Ommi and through the raw C API, on
/// files built the same way, with the same SQL.
struct Comparison {
    let name: String
    /// The most the ORM's median may be, as a multiple of the raw median.
    let target: Double
    /// Writes the scenario's tables and rows into a new file, untimed.
    let build: (String) async throws -> Void
    /// Whether the work changes the file, so that each contender needs a fresh one every round.
    let writes: Bool
    /// The SQL the raw contender prepares; the ORM must run exactly these texts.
    let sql: [String]
    let orm: (Ommi) async throws -> Tally
    let raw: (RawDatabase) throws -> Tally
    /// A checksum of the file after the work, for scenarios that write.
    var fileTally: ((RawDatabase) throws -> Int)? = nil

    /// Runs a warm-up round and `rounds` timed ones, the contenders alternating which goes first,
    /// then checks that every round of both produced the same, non-zero checksum.
    func measure(rounds: Int, folder: BenchFolder) async throws -> Measurement {
        var ormTimes: [Double] = []
        var rawTimes: [Double] = []
        var checksums: [(String, Int)] = []
        let shared = writes ? nil : folder.newPath(name)
        if let shared { try await build(shared) }
        defer { if let shared { folder.remove(shared) } }
        for round in 0...rounds {
            let ormFirst = round % 2 == 0
            for isORM in ormFirst ? [true, false] : [false, true] {
                let path: String
                if let shared {
                    path = shared
                } else {
                    path = folder.newPath(name)
                    try await build(path)
                }
                let (milliseconds, checksum) =
                    isORM ? try await runORM(path, checkingSQL: round == 0) : try await runRaw(path)
                if shared == nil { folder.remove(path) }
                checksums.append((isORM ? "ORM" : "raw", checksum))
                if round > 0 {
                    if isORM { ormTimes.append(milliseconds) } else { rawTimes.append(milliseconds) }
                }
            }
        }
        if let (side, checksum) = checksums.first(where: { $0.1 != checksums[0].1 }) {
            throw BenchError(
                "\(name): checksums differ (\(checksums[0].0) \(checksums[0].1), \(side) \(checksum)); one contender did not do the work")
        }
        if checksums.first?.1 == 0 {
            throw BenchError("\(name): both contenders produced nothing (checksum 0); the scenario's file holds no rows")
        }
        let ormMedian = Statistics.median(ormTimes)
        let rawMedian = Statistics.median(rawTimes)
        return Measurement(
            scenario: name, value: ormMedian / rawMedian, unit: .ratio, medianMilliseconds: ormMedian,
            baselineMedianMilliseconds: rawMedian, target: target)
    }

    private func runORM(_ path: String, checkingSQL: Bool) async throws -> (Double, Int) {
        let driver = try await SQLiteDriver.connect(path: path)
        try await driver.execute(SQLStatement(Self.synchronous))
        let seen = Mutex<Set<String>>([])
        if checkingSQL { driver.trace { sql in seen.withLock { _ = $0.insert(sql) } } }
        let database = Ommi(driver)
        let (tally, milliseconds) = try await Stopwatch.time { try await orm(database) }
        driver.trace(nil)
        if checkingSQL {
            let ran = seen.withLock { $0 }
            if ran != Set(sql) {
                throw BenchError(
                    "\(name): the ORM ran \(ran.sorted()) but the raw contender runs \(sql.sorted()); the SQL must match")
            }
        }
        var checksum = try tally()
        if let fileTally { checksum = checksum &* 31 &+ (try fileTally(RawDatabase(path: path))) }
        return (milliseconds, checksum)
    }

    private func runRaw(_ path: String) async throws -> (Double, Int) {
        let database = try RawDatabase(path: path)
        try database.exec(Self.synchronous)
        let (tally, milliseconds) = try await Stopwatch.time { try raw(database) }
        var checksum = try tally()
        if let fileTally { checksum = checksum &* 31 &+ (try fileTally(database)) }
        return (milliseconds, checksum)
    }

    /// Both contenders run with the same durability setting on the same write-ahead-logged file.
    static let synchronous = "PRAGMA synchronous = NORMAL"
}
