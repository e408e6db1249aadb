import Foundation
import Ommi
import OmmiBrowse
import OmmiSQLite
import Testing

/// `w` in the real binary: a filtered, sorted pane written to a file, read back; a file in the
/// way is only replaced on `y`; a long export shows progress and `Esc` leaves no file behind.
@Suite("Writing a pane to a file", .serialized)
struct ExportTests {
    static let customers = [
        "CREATE TABLE Customer (id INTEGER PRIMARY KEY, name TEXT, city TEXT)",
        """
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) \
        INSERT INTO Customer SELECT i, 'customer ' || ((i * 37) % 300) || ', "' || i || '"', \
        CASE i % 3 WHEN 0 THEN 'Oslo' WHEN 1 THEN 'Bergen' ELSE NULL END FROM n
        """,
    ]

    /// The file `w` should write: what `--print` writes for the same rows, read in-process.
    static func expected(_ file: String, filter: String, sort: String, format: ExportFormat) async throws -> Data {
        let database = Ommi(try await SQLiteDriver.connect(path: file, options: .readOnly))
        let models = try await ModelCollection.reflect(from: database)
        let target = try await PaneTarget.resolve(try PanePath(parsing: "Customer"), in: models, database: database)
        var data = Data()
        try await RowPrinter.print(
            target, models: models, database: database, format: format, limit: nil, filter: filter, sort: sort,
            to: ExportOutput { data.append($0) })
        return data
    }

    @Test("w writes every row of a filtered, sorted pane to CSV, not only those loaded, and asks before replacing")
    func filteredToCSV() async throws {
        let database = try await databaseFile(Self.customers)
        let folder = URL(fileURLWithPath: temporaryPath("out")).deletingLastPathComponent()
        let output = folder.appendingPathComponent("oslo.csv").path
        let terminal = try TmuxTerminal(width: 200)
        try terminal.launchBrowser(database, "--open Customer")
        try terminal.waitFor("row 1 of 300")
        try terminal.press("f")
        try terminal.type("city = \"Oslo\"")
        try terminal.press("Enter")
        try terminal.waitFor("of 100")
        try terminal.press("l", "s")
        try terminal.waitFor("sorted by name")
        try terminal.press("w")
        try terminal.type(output)
        try terminal.press("Enter")
        try terminal.waitFor("wrote 100 rows to \(output)")
        let expected = try await Self.expected(database, filter: "city = \"Oslo\"", sort: "name", format: .csv)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == expected)
        let lines = String(decoding: expected, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 101)
        #expect(lines.dropFirst().allSatisfy { $0.hasSuffix(",\"Oslo\"") })

        try FileManager.default.removeItem(atPath: output)
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: output))
        try terminal.press("w")
        try terminal.type(output)
        try terminal.press("Enter")
        try terminal.waitFor("exists: replace it?")
        try terminal.press("n")
        try terminal.waitFor("kept; nothing was written")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me")
        try terminal.press("w")
        try terminal.type(output)
        try terminal.press("Enter")
        try terminal.waitFor("exists: replace it?")
        try terminal.press("y")
        try terminal.waitFor("wrote 100 rows to")
        #expect(try Data(contentsOf: URL(fileURLWithPath: output)) == expected)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".partial") }.isEmpty
        )
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
    }

    @Test("a long export shows its progress; Esc cancels it and leaves no file")
    func cancelled() async throws {
        let database = try await databaseFile([
            "CREATE TABLE Big (id INTEGER PRIMARY KEY, body TEXT)",
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000) "
                + "INSERT INTO Big SELECT i, printf('%.50c', 'x') FROM n",
        ])
        let folder = URL(fileURLWithPath: temporaryPath("big")).deletingLastPathComponent()
        let output = folder.appendingPathComponent("big.jsonl").path
        let terminal = try TmuxTerminal(width: 200)
        try terminal.launchBrowser(database, "--open Big")
        try terminal.waitFor("row 1 of")
        try terminal.press("w")
        try terminal.type(output)
        try terminal.press("Enter")
        try terminal.waitFor(30) { $0.contains("writing \(output):") && $0.contains("rows… Esc cancels") }
        try terminal.press("Escape")
        try terminal.waitFor("no file was written")
        let deadline = Date().addingTimeInterval(10)
        var left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        while !left.isEmpty, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            left = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        }
        #expect(left.isEmpty)
        try terminal.press("q")
        try terminal.waitFor("EXIT=0")
    }
}
