import Foundation
import Ommi
import OmmiSQLite
import TerminalUI
import Testing

@testable import OmmiBrowse

/// A file damaged after it was written: what can be read is shown, what cannot is an error in
/// the status line, and the browser goes on.
@Suite struct CorruptedFileTests {
    @Test func damagedPagesAreAnErrorInTheStatusLineAndTheRestStillBrowses() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-corrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("damaged.sqlite").path
        let writer = try await SQLiteDriver.connect(path: path, options: .create)
        try await writer.execute(SQLStatement(#"CREATE TABLE "Apple" (id INTEGER PRIMARY KEY, name TEXT)"#))
        try await writer.execute(SQLStatement(#"INSERT INTO "Apple" VALUES (1, 'first'), (2, 'second')"#))
        try await writer.execute(SQLStatement(#"CREATE TABLE "Bulk" (id INTEGER PRIMARY KEY, body TEXT)"#))
        try await writer.execute(
            SQLStatement(
                #"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) INSERT INTO "Bulk" SELECT i, printf('%.200c', 'x') FROM n"#
            ))
        let file = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        let size = try file.seekToEnd()
        for offset in stride(from: size / 2, to: size, by: 4096) {
            try file.seek(toOffset: offset + 100)
            file.write(Data(repeating: 0xFF, count: 64))
        }
        try file.close()

        let database = Ommi(try await SQLiteDriver.connect(path: path))
        let models = try await ModelCollection.reflect(from: database)
        #expect(models.schemas.map(\.name) == ["Apple", "Bulk"])
        let session = BrowserSession(database: database, models: models, size: ScreenSize(width: 80, height: 24))
        session.start()
        await session.finishReads()
        await session.press(.down, .enter, .character("G"))
        #expect(session.state.status?.isError == true)
        #expect(session.state.status?.text.contains("malformed") == true)
        Snapshot.checkGrid(session.screen)
        await session.press(.escape, .up, .enter)
        #expect(session.state.current?.rows?.window.rows.count == 2)
    }
}
