/// A scenario ready to run, by the name the issue gives it.
struct Scenario {
    let name: String
    let run: (Scale) async throws -> Measurement

    /// The comparisons of the ORM with the engine's raw contender, in the order they run.
    static func comparisons<Engine: BenchEngine>(on engine: Engine) -> [Scenario] {
        comparisonList(Engine.self).map { make in
            Scenario(name: make(.quick).name) { scale in try await make(scale).measure(rounds: scale.rounds, on: engine)
            }
        }
    }

    private static func comparisonList<Engine: BenchEngine>(_: Engine.Type) -> [(Scale) -> Comparison<Engine>] {
        [
            ItemScenarios.insert,
            ItemScenarios.fetchAll,
            ItemScenarios.fetchByKey,
            ItemScenarios.fetchByKeyPrepared,
            RelationScenarios.lazyOneToMany,
            RelationScenarios.eagerOneToMany,
            RelationScenarios.lazyManyToMany,
            RelationScenarios.eagerManyToMany,
            ItemScenarios.filteredQuery,
            ItemScenarios.updateByKey,
            ItemScenarios.deleteByKey,
            SaveScenarios.saveByKey,
            ItemScenarios.dynamicFetchAll,
            AggregateScenarios.aggregate,
        ]
    }

    /// The scenarios that run on SQLite only: the browser's, which run its core headless on a
    /// SQLite file, and the SQLite driver's reader pool.
    static func browse(folder: BenchFolder) -> [Scenario] {
        browseRuns.map { name, run in Scenario(name: name) { scale in try await run(scale, folder) } }
    }

    private static var browseRuns: [(name: String, run: (Scale, BenchFolder) async throws -> Measurement)] {
        [
            ("browse_first_frame", BrowseScenarios.firstFrame),
            ("browse_key_p99", BrowseScenarios.keyP99),
            ("browse_jump_end_cold", BrowseJumpEndScenario.run),
            ("browse_round_trips", BrowseRoundTripsScenario.run),
            ("browse_peak_rss", BrowseScenarios.peakRSS),
            ("browse_edit", BrowseEditScenario.run),
            ("concurrent_reads", ConcurrentReadsScenario.run),
            ("observe_latency", ObserveLatencyScenario.run),
            ("idle_cpu", IdleCPUScenario.run),
        ]
    }

    #if PostgreSQL
    /// The scenarios of the PostgreSQL driver alone.
    static func postgres(on engine: PostgresEngine) -> [Scenario] {
        [
            Scenario(name: "concurrent_fetch_by_key") {
                try await PostgresScenarios.concurrentFetchByKey($0, on: engine)
            },
            Scenario(name: "bulk_insert") { try await PostgresScenarios.bulkInsert($0, on: engine) },
        ]
    }
    #endif

    /// The names of the scenarios that run on PostgreSQL only (with `--driver postgres`).
    static let postgresNames = ["concurrent_fetch_by_key", "bulk_insert"]

    /// The names of the comparisons, which every engine runs.
    static let comparisonNames = comparisonList(SQLiteEngine.self).map { $0(.quick).name }

    /// The names of the scenarios that run on SQLite only.
    static var browseNames: [String] { browseRuns.map(\.name) }
}
