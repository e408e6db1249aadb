import Ommi

/// A database the comparisons run on: where each scenario's database lives, how it is built, and
/// how the ORM and the raw contender connect to it. The scenarios themselves (their data, their
/// ORM work, their checksums) are the same on every engine; only the raw contender is the
/// engine's own.
protocol BenchEngine: SendableMetatype {
    /// Names one built database: a file path, a database on a server.
    associatedtype Database
    associatedtype Raw: RawContender

    /// The SQL texts the raw contender runs, which the ORM must run too.
    static var sql: BenchSQL { get }

    /// The most any ORM median may be, as a multiple of the raw one, on this engine; nil holds
    /// each scenario to its own target.
    static var target: Double? { get }

    /// A new database holding `data`, built untimed; `stem` names it after the scenario.
    func create(_ stem: String, _ data: BenchData) async throws -> Database

    func remove(_ database: Database) async

    /// A connection for the ORM, set up as the raw contender's is.
    func connectORM(_ database: Database) async throws -> any TracingDriver

    func connectRaw(_ database: Database) async throws -> Raw
}

extension BenchEngine {
    /// Runs `body` on a new database of `data`, which is removed afterwards whether `body`
    /// succeeds or throws.
    func withNewDatabase<T>(_ stem: String, _ data: BenchData, _ body: (Database) async throws -> T) async throws -> T {
        let database = try await create(stem, data)
        do {
            let result = try await body(database)
            await remove(database)
            return result
        } catch {
            await remove(database)
            throw error
        }
    }
}

/// A driver whose statements can be watched, so a comparison can check that the ORM ran the SQL
/// the raw contender runs.
protocol TracingDriver: Driver {
    /// Calls `handler` with the SQL of every statement the driver runs (nil stops tracing).
    func trace(_ handler: (@Sendable (String) -> Void)?)

    func close() async
}

/// The raw contender of an engine: each scenario's work written by hand against the engine's own
/// client, with every statement prepared once and reused and every row decoded column by column
/// into the bench models. Methods that write, or that the ORM runs in a transaction, run in one
/// transaction too.
protocol RawContender {
    func insert(_ items: [Item]) async throws
    func allItems() async throws -> [Item]
    /// One `Item` a key, looked up by `BenchSQL.selectItemByKey` with a limit of 1.
    func items(keys: [Int]) async throws -> [Item]
    /// For each low bound, the first `limit` items with `low <= n <= low + width` by title.
    func itemPages(lows: [Int], width: Int, limit: Int) async throws -> [[Item]]
    /// Sets `n` of each keyed item; returns how many rows changed.
    func updateItems(_ changes: [(key: Int, n: Int)]) async throws -> Int
    /// Returns how many rows were deleted.
    func deleteItems(keys: [Int]) async throws -> Int
    /// Saves each item by key (``BenchSQL/saveItem``); returns how many were saved.
    func saveItems(_ items: [Item]) async throws -> Int
    /// Every item as a dynamic row, each column as the storage class it holds.
    func allItemRows() async throws -> [DynamicRow]
    /// Every post with its comments: one query a post, or one for all of them (`eagerly`).
    func postsWithComments(eagerly: Bool) async throws -> [(Post, [Comment])]
    /// Every post with its tags: one query a post, or one for all of them (`eagerly`).
    func postsWithTags(eagerly: Bool) async throws -> [(Post, [Tag])]
    /// The sum of every item's `n`, and how many items hold each `n`, in order of `n`.
    func numberAggregates() async throws -> (sum: Int, counts: [GroupCount<Int>])
    /// ``ItemData/tableChecksumSQL`` on the database as it is now.
    func itemTableChecksum() async throws -> Int
    func close() async
}
