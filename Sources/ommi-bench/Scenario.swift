/// Every scenario the benchmark knows, by the name the issue gives it, in the order it runs.
struct Scenario: Sendable {
    let name: String
    let run: @Sendable (Scale, BenchFolder) async throws -> Measurement

    init(_ name: String, _ run: @escaping @Sendable (Scale, BenchFolder) async throws -> Measurement) {
        self.name = name
        self.run = run
    }

    init(comparison make: @escaping @Sendable (Scale) -> Comparison) {
        self.name = make(.quick).name
        self.run = { scale, folder in try await make(scale).measure(rounds: scale.rounds, folder: folder) }
    }

    static let all: [Scenario] = [
        Scenario(comparison: ItemScenarios.insert),
        Scenario(comparison: ItemScenarios.fetchAll),
        Scenario(comparison: ItemScenarios.fetchByKey),
        Scenario(comparison: RelationScenarios.lazyOneToMany),
        Scenario(comparison: RelationScenarios.eagerOneToMany),
        Scenario(comparison: RelationScenarios.lazyManyToMany),
        Scenario(comparison: RelationScenarios.eagerManyToMany),
        Scenario(comparison: ItemScenarios.filteredQuery),
        Scenario(comparison: ItemScenarios.updateByKey),
        Scenario(comparison: ItemScenarios.deleteByKey),
        Scenario(comparison: ItemScenarios.dynamicFetchAll),
        Scenario("browse_first_frame", BrowseScenarios.firstFrame),
        Scenario("browse_key_p99", BrowseScenarios.keyP99),
        Scenario("browse_peak_rss", BrowseScenarios.peakRSS),
    ]
}
