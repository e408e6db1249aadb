import Foundation
import OmmiBrowse
import Testing

/// `ommi-browse DATABASE --schema [--json]`, and what it does with paths that are no database.
@Suite("ommi-browse --schema")
struct SchemaCommandTests {
    static let blog = [
        #"CREATE TABLE "Post" (id INTEGER PRIMARY KEY, title TEXT NOT NULL)"#,
        #"CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"CREATE TABLE "PostTag" (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, PRIMARY KEY (post_id, tag_id))"#,
    ]

    @Test("--json prints one document with the many-to-many relations of the blog")
    func json() async throws {
        let path = try await databaseFile(Self.blog, named: "blog with spaces ü.sqlite")
        let outcome = try BrowserProcess.run([path, "--schema", "--json"])
        #expect(outcome.status == 0)
        #expect(outcome.errors.isEmpty)
        let report = try JSONDecoder().decode(SchemaReport.self, from: Data(outcome.output.utf8))
        #expect(report.models.map(\.name) == ["Post", "PostTag", "Tag"])
        let tags = try #require(report.models[0].relations.first { $0.name == "tags" })
        #expect(tags.kind == .manyToMany)
        #expect(tags.target == "Tag")
        #expect(tags.through == "PostTag")
        #expect(tags.inferred)
        #expect(report.models[2].relations.map(\.name) == ["postTags", "posts"])
    }

    @Test("text output names every model and relation")
    func text() async throws {
        let path = try await databaseFile(Self.blog)
        let outcome = try BrowserProcess.run([path, "--schema"])
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("PostTag (key: post_id, tag_id)"))
        #expect(outcome.output.contains("tags      ⇄ Tag via PostTag  (many-to-many, inferred)"))
    }

    @Test("a missing path fails with one line and creates nothing")
    func missingFile() throws {
        let path = temporaryPath("absent.sqlite")
        let outcome = try BrowserProcess.run([path, "--schema"])
        #expect(outcome.status != 0)
        #expect(outcome.errors == "ommi-browse: no database file at \(path)\n")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a directory fails with one line")
    func directory() throws {
        let folder = (temporaryPath("x") as NSString).deletingLastPathComponent
        let outcome = try BrowserProcess.run([folder, "--schema"])
        #expect(outcome.status != 0)
        #expect(outcome.errors == "ommi-browse: \(folder) is a directory, not a database file\n")
    }

    @Test("a file that is not SQLite fails with one line and is left as it was")
    func notADatabase() throws {
        let path = temporaryPath("notes.txt")
        let content = Data("these are notes, not a database\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let outcome = try BrowserProcess.run([path, "--schema"])
        #expect(outcome.status != 0)
        #expect(outcome.errors == "ommi-browse: \(path) is not a SQLite database\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test("--version and --help answer and exit 0")
    func versionAndHelp() throws {
        let version = try BrowserProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.output == BrowserVersion.current + "\n")
        let help = try BrowserProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("--schema"))
        #expect(help.output.contains("--json"))
    }

    @Test("--json without --schema is a usage error")
    func jsonAlone() async throws {
        let path = try await databaseFile(Self.blog)
        let outcome = try BrowserProcess.run([path, "--json"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("--json goes with --schema"))
    }
}
