import Foundation
import Testing

/// Files that can be read but not written as they are: the message says what is wrong with
/// the file and what to do, not SQLite's "attempt to write a readonly database".
@Suite("Messages about files that need writing", .serialized)
struct ReadOnlyMessageTests {
    @Test("a file with a hot journal, under --read-only, says so and how to recover it")
    func hotJournal() async throws {
        let path = try await databaseFile([
            #"CREATE TABLE "Note" (id INTEGER PRIMARY KEY, body TEXT)"#,
            #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO "Note" SELECT i, printf('%.100c', 'x') FROM n"#,
        ])
        // A writer killed in the middle of its transaction, after its cache spilled to the file.
        _ = try Spawn.run(
            [
                "sqlite3", path, "PRAGMA cache_size = 2", "BEGIN", #"UPDATE "Note" SET body = 'y'"#,
                ".shell kill -9 $PPID",
            ],
            output: temporaryPath("sqlite3.txt"))
        #expect(FileManager.default.fileExists(atPath: path + "-journal"))
        let outcome = try BrowserProcess.run([path, "--read-only", "--print", "Note", "--limit", "1"])
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("hot journal"))
        #expect(outcome.errors.contains("without --read-only"))
        #expect(!outcome.errors.contains("attempt to write a readonly database"))
        #expect(outcome.errors.split(separator: "\n").count == 1)
    }

    @Test("a WAL database in a folder the user cannot write says so and what to do")
    func walInReadOnlyFolder() async throws {
        let path = try await databaseFile([
            "PRAGMA journal_mode = WAL", #"CREATE TABLE "Note" (id INTEGER PRIMARY KEY, body TEXT)"#,
            #"INSERT INTO "Note" VALUES (1, 'hello')"#,
        ])
        let folder = (path as NSString).deletingLastPathComponent
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
        let outcome = try BrowserProcess.run([path, "--print", "Note"], unprivileged: true)
        #expect(outcome.status != 0)
        #expect(outcome.errors.contains("WAL mode"))
        #expect(outcome.errors.contains("copy it to a folder you can write"))
        #expect(!outcome.errors.contains("attempt to write a readonly database"))
    }
}
