import Foundation
import Ommi

/// `idle_cpu`: the CPU time a browser watching a million-row table uses while nothing changes.
enum IdleCPUScenario {
    /// Opens the rows of `Post` with the session following other programs' commits, lets the
    /// first reads settle, then measures this process's CPU time (user and system) over a quiet
    /// spell: 10 s, or 2 s for `--quick`.
    static func run(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let path = try BrowseFixture.path(scale, folder: folder)
        let (harness, _) = try await BrowserHarness.openPosts(path, watch: true)
        let seconds = scale.browsePosts == Scale.full.browsePosts ? 10 : 2
        try await Task.sleep(for: .milliseconds(500))
        _ = harness.session.pump()
        let before = try cpuMilliseconds()
        try await Task.sleep(for: .seconds(seconds))
        let used = try cpuMilliseconds() - before
        guard !harness.session.pump() else {
            throw BenchError("idle_cpu: the browser received messages while nothing changed")
        }
        harness.session.runner.stopWatching()
        return Measurement(
            scenario: "idle_cpu", value: used, unit: .milliseconds, medianMilliseconds: nil,
            baselineMedianMilliseconds: nil, target: Double(seconds) * 5,
            note: "CPU time over \(seconds) s idle, watching \(scale.browsePosts) rows")
    }

    /// The CPU time this process used so far.
    private static func cpuMilliseconds() throws -> Double {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { throw BenchError("idle_cpu: getrusage failed") }
        func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
        return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
    }
}
