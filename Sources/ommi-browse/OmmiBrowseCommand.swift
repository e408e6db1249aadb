import ArgumentParser
import Foundation
import Ommi
import OmmiBrowse
import OmmiBrowser
import OmmiSQLite

/// `ommi-browse`: browse a SQLite database in the terminal, print its models, or print a pane's
/// rows for scripts.
@main
struct OmmiBrowseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ommi-browse",
        abstract: "Browse a SQLite or PostgreSQL database: its models, rows and relations, many-to-many included.",
        discussion: """
            Without a DATABASE, a demo blog database is built in a temporary folder and opened. A \
            postgres://user@host:port/database URL opens a PostgreSQL database (builds with the PostgreSQL \
            trait); what the URL leaves out comes from PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE.
            """,
        version: BrowserVersion.current
    )

    @Argument(help: "The SQLite database file to open (never created when missing), or a postgres:// URL.")
    var database: String?

    @Flag(help: "Open the database read-only: nothing is ever written.")
    var readOnly = false

    @Option(help: ArgumentHelp("Start at a pane: Model, Model/KEY or Model/KEY/relation.", valueName: "path"))
    var open: String?

    @Option(
        name: .customLong("print"),
        help: ArgumentHelp("Print the rows of a pane and exit (same paths as --open).", valueName: "path"))
    var printPath: String?

    @Option(help: "With --print: tsv, csv (RFC 4180), json or jsonl.")
    var format: ExportFormat = .tsv

    @Option(
        name: .customLong("where"),
        help: ArgumentHelp(
            "With --print: only the rows this filter selects, as the browser's f reads it.", valueName: "expr"))
    var filter: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "With --print: sort by these columns, - before a name for descending.", valueName: "column[,-column]"))
    var sort: String?

    @Option(help: "With --print: print at most this many rows.")
    var limit: Int?

    @Option(
        help: ArgumentHelp(
            "How long a write waits for another program's lock before it gives up, changing nothing.",
            valueName: "seconds"))
    var lockTimeout: Double = 5

    @Flag(help: "Do not follow other programs' changes: the screen changes only on r (reload).")
    var noWatch = false

    @Flag(help: "Leave the mouse to the terminal (for selecting text): no clicks or wheel in the browser.")
    var noMouse = false

    @Flag(help: "Print every model with its key, fields and relations, then exit.")
    var schema = false

    @Flag(help: "With --schema: print one JSON document instead of text.")
    var json = false

    func validate() throws {
        if json && !schema { throw ValidationError("--json goes with --schema") }
        if schema && (printPath != nil || open != nil) {
            throw ValidationError("--schema goes with neither --print nor --open")
        }
        if printPath != nil && open != nil { throw ValidationError("--print and --open exclude each other") }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if !(0...86_400).contains(lockTimeout) {
            throw ValidationError("--lock-timeout must be between 0 and 86400 seconds")
        }
        if printPath == nil && (filter != nil || sort != nil) {
            throw ValidationError("--where and --sort go with --print")
        }
    }

    func run() async throws {
        do {
            let opened = try await OpenedDatabase.open(
                database, readOnly: readOnly, lockTimeout: .milliseconds(Int((lockTimeout * 1000).rounded())))
            defer { opened.discard() }
            let db = Ommi(opened.driver)
            let models = try await ModelCollection.reflect(from: db)
            if schema {
                let report = SchemaReport(models)
                Swift.print(json ? report.json : report.text)
            } else if let printPath {
                let target = try await PaneTarget.resolve(try PanePath(parsing: printPath), in: models, database: db)
                let output = ExportOutput { try FileHandle.standardOutput.write(contentsOf: $0) }
                try await RowPrinter.print(
                    target, models: models, database: db, format: format, limit: limit, filter: filter, sort: sort,
                    to: output)
            } else {
                let target = try await open.asyncMap { path in
                    try await PaneTarget.resolve(try PanePath(parsing: path), in: models, database: db)
                }
                guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
                    throw BrowseError(
                        "the browser needs a terminal on standard input and output; use --print or --schema in scripts")
                }
                try await TerminalBrowser.run(
                    BrowsedModels(reflected: models), on: db,
                    countingOn: try await opened.countingConnection().map { Ommi($0) },
                    readOnly: readOnly || opened.isReadOnly, start: target, watch: !noWatch,
                    history: ConsoleHistory(database: database ?? "demo"), mouse: !noMouse)
            }
        } catch let error as ExitCode {
            throw error
        } catch {
            let message = VisibleEscapes.escaping(Self.describe(error))
            FileHandle.standardError.write(Data("ommi-browse: \(message)\n".utf8))
            throw ExitCode.failure
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as OmmiError: error.message
        case let error as PanePathError: error.description
        case let error as CustomStringConvertible: error.description
        default: "\(error)"
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}

extension Optional {
    func asyncMap<Mapped>(_ transform: (Wrapped) async throws -> Mapped) async rethrows -> Mapped? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
