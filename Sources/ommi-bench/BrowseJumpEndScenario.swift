import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite
import TerminalUI

/// `G` pressed at once on a table of ten million rows just opened, before its count can have
/// arrived: how long from the key to a frame that shows the last row. The count runs on its own
/// connection meanwhile, so the figure says whether the key waits for it.
enum BrowseJumpEndScenario {
    /// The median over fresh sessions (new connections, nothing counted yet) of key → frame.
    static func run(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let path = try JumpEndFixture.path(scale, folder: folder)
        var times: [Double] = []
        for round in 0...max(scale.rounds, 5) {
            let milliseconds = try await jumpOnce(path, rows: scale.jumpRows)
            if round > 0 { times.append(milliseconds) }
        }
        let median = Statistics.median(times)
        return Measurement(
            scenario: "browse_jump_end_cold", value: median, unit: .milliseconds, medianMilliseconds: median,
            baselineMedianMilliseconds: nil, target: 50,
            note:
                "median of \(times.count), \(scale.jumpRows.formatted()) rows, slowest \(BrowseScenarios.format(times.max() ?? 0)) ms"
        )
    }

    /// Opens the file as `ommi-browse` does, opens the table's rows and, as soon as they are on
    /// screen, presses `G`; returns the time until a frame shows the last row.
    private static func jumpOnce(_ path: String, rows: Int) async throws -> Double {
        let session = try await BrowserHarness.connect(path).session
        session.start()
        session.send(.enter)
        try await waitUntil(session, "the first rows") { $0.state.panes.last?.rows?.currentRow != nil }
        let start = Stopwatch.now()
        session.send(.character("G"))
        try await waitUntil(session, "the last row") { lastID($0) == rows }
        _ = session.screen
        let milliseconds = Stopwatch.milliseconds(since: start)
        await session.settle()
        guard session.state.panes.last?.rows?.total == rows else {
            throw BenchError("browse_jump_end_cold: the count never arrived:\n\(session.screen.text)")
        }
        return milliseconds
    }

    private static func lastID(_ session: BrowserSession) -> Int? {
        guard case .integer(let id) = session.state.panes.last?.rows?.currentRow?.values.first else { return nil }
        return Int(id)
    }

    /// Applies results as they arrive until `done` holds; fails after ten seconds.
    private static func waitUntil(
        _ session: BrowserSession, _ what: String, _ done: (BrowserSession) -> Bool
    ) async throws {
        let deadline = Stopwatch.now() + 10_000_000_000
        while !done(session) {
            if !session.pump() { try await Task.sleep(nanoseconds: 50_000) }
            if Stopwatch.now() > deadline {
                throw BenchError("browse_jump_end_cold: \(what) never appeared:\n\(session.screen.text)")
            }
        }
    }
}

/// A table of many short rows for ``BrowseJumpEndScenario``, built once per run.
enum JumpEndFixture {
    /// The file for `scale`, generated the first time it is asked for.
    static func path(_ scale: Scale, folder: BenchFolder) throws -> String {
        try BrowseFixture.cached("jump-\(scale.jumpRows).db", in: folder) { try generate($0, rows: scale.jumpRows) }
    }

    /// One table, `Event`, of `rows` rows keyed 1 to `rows`, written in one transaction.
    private static func generate(_ path: String, rows: Int) throws {
        let raw = try RawDatabase(path: path, create: true)
        try raw.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
        try raw.exec(
            """
            BEGIN;
            CREATE TABLE "Event" ("id" INTEGER PRIMARY KEY, "title" TEXT NOT NULL);
            WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < \(rows))
            INSERT INTO "Event" SELECT i, printf('Event number %d', i) FROM s;
            COMMIT;
            """)
    }
}
