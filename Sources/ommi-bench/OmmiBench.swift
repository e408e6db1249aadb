import ArgumentParser
import Foundation

/// `ommi-bench`: the ORM against the raw SQLite C API doing the same work in the same process,
/// and the browser's core headless on a million-row file. Run it in a release build.
@main
struct OmmiBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ommi-bench", abstract: "Benchmarks of Ommi against the SQLite C API, and of ommi-browse.")

    @Flag(help: "Print one JSON array instead of a table.")
    var json = false

    @Flag(help: "Run every scenario on small inputs, once, to check that the benchmark still works.")
    var quick = false

    @Option(name: .customLong("scenario"), help: "Run only this scenario (repeatable).")
    var scenarios: [String] = []

    /// Set by `browse_peak_rss` on the child process it starts to page through a file.
    @Option(name: .customLong("paging-child"), help: .hidden)
    var pagingFile: String?

    func validate() throws {
        let known = Scenario.comparisonNames + Scenario.browseNames
        if let unknown = scenarios.first(where: { !known.contains($0) }) {
            throw ValidationError("no scenario is called \"\(unknown)\" (scenarios: \(known.joined(separator: ", ")))")
        }
    }

    func run() async throws {
        let scale = quick ? Scale.quick : Scale.full
        if let pagingFile {
            do {
                print(try await BrowseScenarios.pageThrough(pagingFile, rows: scale.browsePosts).line)
            } catch {
                FileHandle.standardError.write(Data("\(error)\n".utf8))
                throw ExitCode.failure
            }
            return
        }
        do {
            let folder = try BenchFolder()
            defer { folder.removeAll() }
            let engine = SQLiteEngine(folder: folder)
            let measurements = try await measure(
                Scenario.comparisons(on: engine) + Scenario.browse(folder: folder), scale)
            print(json ? Report.json(measurements) : Report.table(measurements, judged: !quick))
        } catch {
            FileHandle.standardError.write(Data("ommi-bench: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// Runs the selected scenarios of `available` in order.
    private func measure(_ available: [Scenario], _ scale: Scale) async throws -> [Measurement] {
        var measurements: [Measurement] = []
        for scenario in available where scenarios.isEmpty || scenarios.contains(scenario.name) {
            if !json { FileHandle.standardError.write(Data("running \(scenario.name)…\n".utf8)) }
            measurements.append(try await scenario.run(scale))
        }
        return measurements
    }
}
