import ArgumentParser
import Foundation

/// `ommi-bench`: the ORM against a raw client doing the same work in the same process (the SQLite
/// C API, or postgres-nio with `--driver postgres`), and the browser's core headless on a
/// million-row file. Run it in a release build.
@main
struct OmmiBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ommi-bench",
        abstract: "Benchmarks of Ommi against the SQLite C API or postgres-nio, and of ommi-browse.")

    @Flag(help: "Print one JSON array instead of a table.")
    var json = false

    @Flag(help: "Run every scenario on small inputs, once, to check that the benchmark still works.")
    var quick = false

    @Option(name: .customLong("scenario"), help: "Run only this scenario (repeatable).")
    var scenarios: [String] = []

    @Option(
        help: """
            The database of the ORM scenarios: sqlite, or postgres for the server the PGHOST, PGPORT, \
            PGUSER, PGPASSWORD and PGDATABASE variables name (a build with --traits PostgreSQL).
            """)
    var driver: BenchDriver = .sqlite

    /// Set by `browse_peak_rss` on the child process it starts to page through a file.
    @Option(name: .customLong("paging-child"), help: .hidden)
    var pagingFile: String?

    func validate() throws {
        let known = Scenario.comparisonNames + Scenario.browseNames + Scenario.postgresNames
        if let unknown = scenarios.first(where: { !known.contains($0) }) {
            throw ValidationError("no scenario is called \"\(unknown)\" (scenarios: \(known.joined(separator: ", ")))")
        }
        if driver != .sqlite, let browse = scenarios.first(where: Scenario.browseNames.contains) {
            throw ValidationError("\(browse) runs on SQLite only; leave out --driver \(driver.rawValue)")
        }
        if driver != .postgres, let postgres = scenarios.first(where: Scenario.postgresNames.contains) {
            throw ValidationError("\(postgres) runs on PostgreSQL only; add --driver postgres")
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
            let measurements: [Measurement]
            switch driver {
            case .sqlite:
                let folder = try BenchFolder()
                defer { folder.removeAll() }
                let engine = SQLiteEngine(folder: folder)
                measurements = try await measure(
                    Scenario.comparisons(on: engine) + Scenario.browse(folder: folder), scale)
            case .postgres:
                #if PostgreSQL
                let engine = try await PostgresEngine.connect()
                measurements = try await measure(
                    Scenario.comparisons(on: engine) + Scenario.postgres(on: engine), scale)
                await engine.close()
                #else
                throw BenchError("this build has no PostgreSQL support; build with --traits PostgreSQL")
                #endif
            }
            print(json ? Report.json(measurements) : Report.table(measurements, judged: !quick))
            if driver != .sqlite {
                let note = "\(Scenario.browseNames.joined(separator: ", ")): not run, they run on SQLite only"
                if json { FileHandle.standardError.write(Data((note + "\n").utf8)) } else { print(note) }
            }
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

/// The database the ORM scenarios run on.
enum BenchDriver: String, ExpressibleByArgument, CaseIterable {
    case sqlite
    case postgres
}
