import Foundation
import Testing

/// The browser needs a terminal; scripts get `--print` and `--schema` instead.
@Suite("ommi-browse without a terminal")
struct TerminalRequirementTests {
    static let blog = BrowseInTerminalTests.blog

    @Test("without a terminal the browser says so in one line and exits non-zero")
    func notATerminal() async throws {
        let path = try await databaseFile(Self.blog)
        let outcome = try BrowserProcess.run([path])
        #expect(outcome.status != 0)
        #expect(outcome.errors.hasPrefix("ommi-browse: the browser needs a terminal"))
        #expect(outcome.errors.filter { $0 == "\n" }.count == 1)
    }

    @Test("--print prints a relation's rows as TSV")
    func printTSV() async throws {
        let path = try await databaseFile(Self.blog)
        let outcome = try BrowserProcess.run([path, "--print", "Post/1/tags"])
        #expect(outcome.status == 0)
        #expect(outcome.output == "id\tname\n101\tommi\n103\tguide\n")
    }

    @Test("--print --format json prints one array, and --limit stops early")
    func printJSON() async throws {
        let path = try await databaseFile(Self.blog)
        let outcome = try BrowserProcess.run([path, "--print", "Post", "--format", "json", "--limit", "1"])
        #expect(outcome.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect(rows?.first?["title"] as? String == "Ommi is Great")
    }

    @Test(
        "a path that names nothing is one clear line",
        arguments: [
            ("Nope", "no model is called \"Nope\""),
            ("Post/9", "Post has no row 9"),
            ("Post/1/nope", "Post has no relation \"nope\" (relations: postTags, tags)"),
            ("Post/1/tags/x", "\"Post/1/tags/x\" is not a pane: write Model, Model/KEY or Model/KEY/relation"),
        ])
    func badPath(path pane: String, message: String) async throws {
        let path = try await databaseFile(Self.blog)
        let outcome = try BrowserProcess.run([path, "--print", pane])
        #expect(outcome.status != 0)
        #expect(outcome.errors == "ommi-browse: \(message)\n")
    }
}
