import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Panes read what they show: a BLOB's size, not its bytes; the viewer reads one value whole
/// when asked. The browser's peak memory (VmHWM) is read from /proc and printed for the record.
@Suite("Memory over large values", .serialized)
struct LargeValueMemoryTests {
    /// The peak resident memory of the browser running on `path`, in MB.
    static func peakMegabytes(of path: String) throws -> Double {
        let listing = temporaryPath("pgrep.txt")
        _ = try Spawn.run(["pgrep", "-f", "^" + BrowserProcess.binary.path + " " + path], output: listing)
        let pid = try #require(try String(contentsOfFile: listing, encoding: .utf8).split(separator: "\n").first)
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") })
        let kilobytes = try #require(Double(line.split(separator: " ").dropFirst().first ?? ""))
        return kilobytes / 1024
    }

    @Test("150 rows of 4 MB BLOBs: the pane, G and the viewer of one stay under 64 MB")
    func blobsAreReadAsSizes() async throws {
        let path = try await databaseFile([
            #"CREATE TABLE "Blob" (id INTEGER PRIMARY KEY, data BLOB)"#,
            #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 150) INSERT INTO "Blob" SELECT i, zeroblob(4194304) FROM n"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Blob")
        let first = try terminal.waitFor("row 1 of 150")
        #expect(first.contains("[4.0 MB]"))
        let opened = try Self.peakMegabytes(of: path)
        try terminal.press("G")
        try terminal.waitFor("row 150 of 150")
        let paged = try Self.peakMegabytes(of: path)
        try terminal.press("l", "v")
        try terminal.waitFor("00000000")
        let viewed = try Self.peakMegabytes(of: path)
        print(
            String(
                format: "peak memory over 150 rows of 4 MB BLOBs: %.1f MB opened, %.1f MB after G, %.1f MB after v",
                opened, paged, viewed))
        #expect(paged < 64)
        #expect(viewed < 64)
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("3 rows of 50 MB TEXT: the pane, G and the record read the start of each text, under 64 MB")
    func longTextsAreReadAsPrefixes() async throws {
        let path = try await databaseFile([
            #"CREATE TABLE "Note" (id INTEGER PRIMARY KEY, body TEXT, title TEXT)"#,
            #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) INSERT INTO "Note" SELECT i, 'note' || i || ' ' || replace(hex(zeroblob(26214400)), '00', 'ab'), 'title ' || i FROM n"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Note")
        let first = try terminal.waitFor("row 1 of 3")
        #expect(first.contains("note1 ababab"))
        #expect(first.contains("title 1"))
        let opened = try Self.peakMegabytes(of: path)
        try terminal.press("G")
        let last = try terminal.waitFor("row 3 of 3")
        #expect(last.contains("note3 ababab"))
        let paged = try Self.peakMegabytes(of: path)
        try terminal.press("Enter")
        let record = try terminal.waitFor("title 3")
        #expect(record.contains("note3 ababab"))
        let recorded = try Self.peakMegabytes(of: path)
        print(
            String(
                format: "peak memory over 3 rows of 50 MB TEXT: %.1f MB opened, %.1f MB after G, %.1f MB in the record",
                opened, paged, recorded))
        #expect(paged < 64)
        #expect(recorded < 64)
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    /// Runs `--print` with `arguments` under `/usr/bin/time`, and returns its output's bytes, its
    /// peak resident memory in MB and how long it took in seconds.
    /// ``measuredPrint(_:)`` waited for on a thread of its own: a print of 50 MB takes long in a
    /// debug build, and waiting on one of the few threads that run every test's tasks starves the
    /// rest of the run.
    static func measuredPrintOnItsOwnThread(_ arguments: [String]) async throws -> (
        output: Data, megabytes: Double, seconds: Double
    ) {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try measuredPrint(arguments) }) }.start()
        }
    }

    static func measuredPrint(_ arguments: [String]) throws -> (output: Data, megabytes: Double, seconds: Double) {
        let output = temporaryPath("printed")
        let figures = temporaryPath("figures")
        defer {
            try? FileManager.default.removeItem(atPath: output)
            try? FileManager.default.removeItem(atPath: figures)
        }
        let status = try Spawn.run(
            ["/usr/bin/time", "-f", "%M %e", "-o", figures, BrowserProcess.binary.path] + arguments, output: output)
        #expect(status == 0)
        let measured = try String(contentsOfFile: figures, encoding: .utf8).split(separator: " ")
        let kilobytes = try #require(measured.first.flatMap { Double($0) })
        let seconds = try #require(measured.last.flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        return (try Data(contentsOf: URL(fileURLWithPath: output)), kilobytes / 1024, seconds)
    }

    @Test("--print of a 50 MB TEXT and a 50 MB BLOB streams them: every byte, well under 64 MB")
    func printStreamsLargeValues() async throws {
        let size = 50 * 1024 * 1024
        let path = try await databaseFile([
            #"CREATE TABLE "Text" (id INTEGER PRIMARY KEY, body TEXT)"#,
            #"CREATE TABLE "Bytes" (id INTEGER PRIMARY KEY, data BLOB)"#,
            #"INSERT INTO "Text" VALUES (1, hex(randomblob(\#(size / 2))))"#,
            #"INSERT INTO "Bytes" VALUES (1, randomblob(\#(size)))"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try await SQLiteDriver.connect(path: path, options: .readOnly)
        var stored: [DatabaseValue] = []
        try await database.query(SQLStatement(#"SELECT body, (SELECT lower(hex(data)) FROM "Bytes") FROM "Text""#)) {
            stored = $0.values
        }
        guard stored.count == 2, case .text(let text) = stored[0], case .text(let hexDigits) = stored[1] else {
            Issue.record("the stored values were not read back")
            return
        }
        #expect(text.utf8.count == size)

        let printedText = try await Self.measuredPrintOnItsOwnThread([path, "--print", "Text"])
        #expect(printedText.output == Data(("id\tbody\n1\t" + text + "\n").utf8))
        let printedBytes = try await Self.measuredPrintOnItsOwnThread([path, "--print", "Bytes"])
        #expect(printedBytes.output == Data(("id\tdata\n1\t\\B" + hexDigits + "\n").utf8))
        print(
            String(
                format: "--print of one row: 50 MB TEXT %.1f MB peak in %.2f s, 50 MB BLOB %.1f MB peak in %.2f s",
                printedText.megabytes, printedText.seconds, printedBytes.megabytes, printedBytes.seconds))
        #expect(printedText.megabytes < 48)
        #expect(printedBytes.megabytes < 48)
    }
}
