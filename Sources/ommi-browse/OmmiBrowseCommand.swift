import ArgumentParser
import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite

/// `ommi-browse`: browse a SQLite database in the terminal, or print its models.
@main
struct OmmiBrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ommi-browse",
        abstract: "Browse a SQLite database: its models, rows and relations, many-to-many included.",
        version: BrowserVersion.current
    )

    @Argument(help: "The SQLite database file to open.")
    var database: String

    @Flag(help: "Print every model with its key, fields and relations, then exit.")
    var schema = false

    @Flag(help: "With --schema: print one JSON document instead of text.")
    var json = false

    func validate() throws {
        if json && !schema { throw ValidationError("--json goes with --schema") }
    }

    func run() async throws {
        do {
            let driver = try await SQLiteDriver.connect(path: database, options: .readOnly)
            let models = try await ModelCollection.reflect(from: Ommi(driver))
            let report = SchemaReport(models)
            print(json ? report.json : report.text)
        } catch let error as OmmiError {
            FileHandle.standardError.write(Data("ommi-browse: \(error.message)\n".utf8))
            throw ExitCode.failure
        }
    }
}
