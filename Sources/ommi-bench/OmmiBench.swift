import ArgumentParser

/// `ommi-bench`: the ORM against the raw SQLite C API, and the browser's core, timed.
@main
struct OmmiBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ommi-bench", abstract: "Benchmarks of Ommi and ommi-browse.")

    func run() async throws {
        throw CleanExit.message("no scenario yet")
    }
}
