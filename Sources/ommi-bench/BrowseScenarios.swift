import Foundation
import Ommi
import OmmiBrowse
import TerminalUI

/// The browser's core headless on the generated file: how soon the first screen appears, how
/// long a key takes, and how much memory paging through a million rows needs.
enum BrowseScenarios {
    /// Open, reflect, start, open the rows of `Post`, render: the median of timed rounds after a
    /// warm-up.
    static func firstFrame(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let path = try BrowseFixture.path(scale, folder: folder)
        var times: [Double] = []
        for round in 0...max(scale.rounds, 5) {
            let ((harness, screen), milliseconds) = try await Stopwatch.time {
                try await BrowserHarness.openPosts(path)
            }
            guard screen.text.contains("Post number 1"), harness.currentID == 1 else {
                throw BenchError("browse_first_frame: the first frame does not show the first post:\n\(screen.text)")
            }
            if round > 0 { times.append(milliseconds) }
        }
        let median = Statistics.median(times)
        return Measurement(
            scenario: "browse_first_frame", value: median, unit: .milliseconds, medianMilliseconds: median,
            baselineMedianMilliseconds: nil, target: 50, note: "median of \(times.count)")
    }

    /// The 99th percentile of key → settle → render over a script run at the top, the middle and
    /// the end of the table, once as a warm-up and then `rounds` times.
    static func keyP99(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let path = try BrowseFixture.path(scale, folder: folder)
        let (harness, _) = try await BrowserHarness.openPosts(path)
        var latencies: [Double] = []
        for round in 0...max(scale.rounds, 5) {
            let timed = try await script(harness, middle: scale.browsePosts / 2, last: scale.browsePosts)
            if round > 0 { latencies += timed }
        }
        return Measurement(
            scenario: "browse_key_p99", value: Statistics.percentile(latencies, 99), unit: .milliseconds,
            medianMilliseconds: Statistics.median(latencies), baselineMedianMilliseconds: nil, target: 5,
            note: "\(latencies.count) keys, median \(format(Statistics.median(latencies))) ms")
    }

    /// `g j PgDn Enter G Enter Esc Esc` at the top, `j PgDn Enter G Enter Esc Esc` from the middle
    /// (reached by opening the middle row, untimed), `G PgUp j Enter G Enter Esc Esc` at the end:
    /// Enter opens the record, `G` moves to its last line (the many-to-many `tags`), Enter opens
    /// that pane. Checks where each part lands.
    private static func script(_ harness: BrowserHarness, middle: Int, last: Int) async throws -> [Double] {
        var timed: [Double] = []
        func run(_ keys: [Key]) async {
            for key in keys { timed.append(await harness.press(key)) }
        }
        let intoTags: [Key] = [.enter, .character("G"), .enter]
        await run([.character("g"), .character("j"), .pageDown])
        try expectRow(harness, atLeast: 2, "top")
        await run(intoTags)
        try expectTagsPane(harness, "top")
        await run([.escape, .escape])

        let target = try await PaneTarget.resolve(
            PanePath(parsing: "Post/\(middle)"), in: harness.models, database: harness.database)
        harness.session.open(target)
        await harness.session.settle()
        _ = await harness.press(.escape)
        try expectRow(harness, atLeast: middle, "middle")
        await run([.character("j"), .pageDown])
        await run(intoTags)
        try expectTagsPane(harness, "middle")
        await run([.escape, .escape])

        await run([.character("G")])
        try expectRow(harness, atLeast: last, "end")
        await run([.pageUp, .character("j")])
        await run(intoTags)
        try expectTagsPane(harness, "end")
        await run([.escape, .escape])
        return timed
    }

    private static func expectRow(_ harness: BrowserHarness, atLeast id: Int, _ place: String) throws {
        guard let current = harness.currentID, current >= id else {
            throw BenchError(
                "browse_key_p99: at the \(place) the cursor is on \(harness.currentID.map(String.init) ?? "no row"), expected post \(id) or later"
            )
        }
    }

    private static func expectTagsPane(_ harness: BrowserHarness, _ place: String) throws {
        guard let rows = harness.rows, rows.relation?.name == "tags", rows.currentRow != nil else {
            throw BenchError(
                "browse_key_p99: at the \(place) Enter on the record's last line did not open its tags:\n\(harness.session.screen.text)"
            )
        }
    }

    /// Peak resident memory while Page Down walks from the first row to the last. The paging
    /// runs in a child process of this executable that does nothing else (open, reflect, page),
    /// so the figure is the absolute peak (VmHWM) of a process browsing the file, untouched by
    /// the heap earlier scenarios left behind; the growth over the resident size when paging
    /// starts is reported beside it.
    static func peakRSS(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let path = try BrowseFixture.path(scale, folder: folder)
        let paging = try PagingProcess.run(file: path, quick: scale.browsePosts != Scale.full.browsePosts)
        return Measurement(
            scenario: "browse_peak_rss", value: paging.peakMegabytes, unit: .megabytes,
            medianMilliseconds: paging.medianMilliseconds, baselineMedianMilliseconds: nil, target: 64,
            note:
                "absolute peak of a process that only browses; growth while paging \(format(paging.growthMegabytes)) MB over \(paging.pages) pages"
        )
    }

    /// Opens the file, pages from the first row to the last, and measures this process: the body
    /// of the child process ``peakRSS(_:folder:)`` starts.
    static func pageThrough(_ path: String, rows: Int) async throws -> PagingProcess.Result {
        let (harness, _) = try await BrowserHarness.openPosts(path)
        let before = try MemoryProbe.resident()
        var pages: [Double] = []
        while harness.currentID ?? 0 < rows {
            pages.append(await harness.press(.pageDown))
            if pages.count > rows {
                throw BenchError("browse_peak_rss: Page Down stopped moving at post \(harness.currentID ?? 0)")
            }
        }
        let peak = try MemoryProbe.peak()
        return PagingProcess.Result(
            peakMegabytes: Double(peak) / 1_048_576, growthMegabytes: Double(max(0, peak - before)) / 1_048_576,
            medianMilliseconds: Statistics.median(pages), pages: pages.count)
    }

    static func format(_ value: Double) -> String {
        String(format: "%.2f", value)
    }
}
