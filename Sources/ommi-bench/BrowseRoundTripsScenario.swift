import Ommi
import OmmiBrowse
import OmmiSQLite
import Synchronization
import TerminalUI

/// How many statements each key of a browse script sends to the database, on both of the
/// browser's connections: for a server far away each one is a round trip the key waits for.
enum BrowseRoundTripsScenario {
    /// The most statements any key of the script needed, with the key that needed them.
    static func run(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let path = try BrowseFixture.path(scale, folder: folder)
        let (session, database, counting, _) = try await BrowserHarness.connect(path)
        session.start()
        await session.settle()
        let statements = Mutex(0)
        for connection in [database, counting] {
            connection.trace { _ in statements.withLock { $0 += 1 } }
        }
        var counts: [(key: String, statements: Int)] = []
        for (name, key) in script {
            statements.withLock { $0 = 0 }
            session.send(key)
            await session.settle()
            _ = session.screen
            counts.append((name, statements.withLock { $0 }))
        }
        for connection in [database, counting] { connection.trace(nil) }
        try check(session)
        let most = counts.map(\.statements).max() ?? 0
        let worst = counts.filter { $0.statements == most }.map(\.key).joined(separator: ", ")
        let total = counts.map(\.statements).reduce(0, +)
        return Measurement(
            scenario: "browse_round_trips", value: Double(most), unit: .statements, medianMilliseconds: nil,
            baselineMedianMilliseconds: nil, target: 2,
            note: "\(counts.count) keys, \(total) statements; most for \(worst)")
    }

    /// From the model list: the rows of `Post`, a record and its tags, the end of the table, then
    /// the rows of `PostTag` (two references with labels) and one of its records (two to-one
    /// relations).
    private static let script: [(String, Key)] = [
        ("Enter (Post rows)", .enter), ("j", .character("j")), ("PgDn", .pageDown),
        ("Enter (record)", .enter), ("G (record)", .character("G")), ("Enter (tags)", .enter),
        ("Esc", .escape), ("Esc", .escape), ("G", .character("G")), ("PgUp", .pageUp), ("k", .character("k")),
        ("Enter (record at the end)", .enter), ("Esc", .escape), ("Tab", .tab), ("j (model list)", .character("j")),
        ("Enter (PostTag rows)", .enter), ("PgDn", .pageDown), ("Enter (PostTag record)", .enter),
        ("Esc", .escape),
    ]

    /// The script ends where it should: on the rows of `PostTag`, with labels of both references.
    private static func check(_ session: BrowserSession) throws {
        guard let rows = session.state.panes.last?.rows, rows.schema.name == "PostTag", rows.currentRow != nil,
            rows.labels.count == 2
        else {
            throw BenchError("browse_round_trips: the script did not end on PostTag's rows:\n\(session.screen.text)")
        }
    }
}
