import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite
import Testing

/// `--print` and `--schema` as scripts run them: the binary's bytes, compared with what the
/// printer writes in-process (whose formats the OmmiBrowse tests read back byte for byte).
@Suite("ommi-browse --print for scripts")
struct PrintTests {
    static let people = [
        "CREATE TABLE Person (name TEXT PRIMARY KEY, age INTEGER, note TEXT)",
        "INSERT INTO Person VALUES ('a,b', 30, 'comma'), ('O''Brien', NULL, 'quote'), ('', 5, 'empty'), "
            + "('x', 41, 'bell ' || char(7) || ' esc ' || char(27) || '[2J'), ('y\\z', 12, NULL)",
        "INSERT INTO Person VALUES ('bad', 1, CAST(X'C328FFFE' AS TEXT))",
        "CREATE TABLE \"Evil\u{1B}]0;pwned\u{07}\" (id INTEGER PRIMARY KEY, \"col\u{1B}[31m\" TEXT)",
    ]

    /// What RowPrinter writes for `path` of the database at `file`.
    static func printedInProcess(
        _ file: String, path: String, format: ExportFormat, filter: String? = nil, sort: String? = nil
    ) async throws -> Data {
        let database = Ommi(try await SQLiteDriver.connect(path: file, options: .readOnly))
        let models = try await ModelCollection.reflect(from: database)
        let target = try await PaneTarget.resolve(try PanePath(parsing: path), in: models, database: database)
        var data = Data()
        try await RowPrinter.print(
            target, models: models, database: database, format: format, limit: nil, filter: filter, sort: sort,
            to: ExportOutput { data.append($0) })
        return data
    }

    @Test("--format, --where and --sort print what the printer writes", arguments: ExportFormat.allCases)
    func formats(format: ExportFormat) async throws {
        let file = try await databaseFile(Self.people)
        let outcome = try BrowserProcess.run([
            file, "--print", "Person", "--format", format.rawValue, "--where", "age > 10 or age is null", "--sort",
            "-age,name",
        ])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let expected = try await Self.printedInProcess(
            file, path: "Person", format: format, filter: "age > 10 or age is null", sort: "-age,name")
        #expect(outcome.printed == expected)
        #expect(!expected.isEmpty)
    }

    @Test("CSV is sorted and filtered as asked, NULL ages last when descending")
    func csvOrder() async throws {
        let file = try await databaseFile(Self.people)
        let outcome = try BrowserProcess.run([
            file, "--print", "Person", "--format", "csv", "--where", "age > 10 or age is null", "--sort", "-age",
        ])
        let lines = outcome.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first == "name,age,note")
        #expect(
            lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" } == [
                "\"x\"", "\"a", "\"y\\z\"", "\"O'Brien\"",
            ])
    }

    @Test("TSV, --schema and error messages never write ESC or BEL to the terminal")
    func noRawControls() async throws {
        let file = try await databaseFile(Self.people)
        let tsv = try BrowserProcess.run([file, "--print", "Person"])
        #expect(tsv.status == 0)
        #expect(!tsv.printed.contains(0x1B) && !tsv.printed.contains(0x07))
        #expect(tsv.output.contains("bell \\x07 esc \\x1b[2J"))
        #expect(tsv.output.contains("\\xc3(\\xff\\xfe"))
        let schema = try BrowserProcess.run([file, "--schema"])
        #expect(schema.status == 0)
        #expect(!schema.output.contains("\u{1B}") && !schema.output.contains("\u{07}"))
        #expect(schema.output.contains("Evil\\x1b]0;pwned\\x07"))
        let failure = try BrowserProcess.run([file, "--print", "No\u{1B}[2Jpe\u{07}"])
        #expect(failure.status != 0)
        #expect(failure.errors == "ommi-browse: no model is called \"No\\x1b[2Jpe\\x07\"\n")
    }

    @Test(
        "keys with commas, quotes and the empty text are addressed as the README says",
        arguments: [
            ("Person/'a,b'", "comma"), ("Person/O'Brien", "quote"), ("Person/\"O'Brien\"", "quote"),
            ("Person/''", "empty"), ("Person/y\\\\z", "(null)"), ("Person/'y\\z'", "(null)"),
        ])
    func keys(path: String, note: String) async throws {
        let file = try await databaseFile(Self.people)
        let outcome = try BrowserProcess.run([file, "--print", path, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.errors)")
        let rows = try JSONSerialization.jsonObject(with: outcome.printed) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect((rows?.first?["note"] as? String ?? "(null)") == note)
    }

    @Test("--where and --sort go with --print; a bad sort is one clear line")
    func misuse() async throws {
        let file = try await databaseFile(Self.people)
        let alone = try BrowserProcess.run([file, "--where", "age > 1"])
        #expect(alone.status != 0)
        #expect(alone.errors.contains("--where and --sort go with --print"))
        let badSort = try BrowserProcess.run([file, "--print", "Person", "--sort", "nope"])
        #expect(badSort.status != 0)
        #expect(badSort.errors == "ommi-browse: Person has no column \"nope\" to sort by (columns: name, age, note)\n")
    }
}
