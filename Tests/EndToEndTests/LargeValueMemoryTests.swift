import Foundation
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
}
