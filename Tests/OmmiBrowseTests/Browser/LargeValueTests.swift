import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Values far larger than a screen: drawn cut, never slowing the screen down or breaking it.
@Suite struct LargeValueTests {
    @Test func aTenMegabyteTextCellIsCutInRowsAndInTheRecord() async throws {
        let big = String(repeating: "0123456789", count: 1_048_576)
        let database = try await BrowserDatabase([
            #"CREATE TABLE "Note" (id INTEGER PRIMARY KEY, body TEXT)"#,
            #"INSERT INTO "Note" VALUES (1, '\#(big)')"#,
        ])
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter)
        let rows = session.screen
        Snapshot.checkGrid(rows)
        #expect(rows.lines.contains { $0.contains("1    0123456789") && $0.hasSuffix("…") })
        await session.press(.enter)
        let record = session.screen
        Snapshot.checkGrid(record)
        #expect(record.lines.contains { $0.contains("body") && $0.contains("…") })
    }
}
