import Foundation
import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// A rows pane reads BLOBs as their sizes; `v` reads the one value it shows whole.
@Suite struct BlobSizeTests {
    @Test func theRowsPaneHoldsSizesAndTheViewerTheBytes() async throws {
        let database = try await BrowserDatabase([
            #"CREATE TABLE "Blob" (id INTEGER PRIMARY KEY, data BLOB)"#,
            #"INSERT INTO "Blob" VALUES (1, x'00FF10'), (2, zeroblob(100000)), (3, NULL)"#,
        ])
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter)
        let pane = try #require(session.state.current?.rows)
        #expect(pane.window.rows.map { $0.values[1] } == [.integer(3), .integer(100_000), .null])
        let screen = session.screen.text
        #expect(screen.contains("[3 B]") && screen.contains("[97.7 KB]"))
        await session.press(.character("l"), .character("v"))
        let viewer = try #require(session.state.modal as? ValueViewer)
        #expect(viewer.value == .blob(Data([0x00, 0xFF, 0x10])))
        await session.press(.escape, .character("j"), .character("y"))
        #expect(session.takeClipboard() == ["BLOB 97.7 KB"])
    }

    /// The viewer formats only the lines of a hex dump it shows, and they are the lines the
    /// whole dump has there, at any width and position.
    @Test(arguments: [40, 60, 76, 77, 120])
    func shownHexLinesAreThoseOfTheWholeDump(width: Int) {
        let bytes = Data((0..<1_000).map { UInt8(truncatingIfNeeded: $0 * 7) })
        let viewer = ValueViewer(title: "data", value: .blob(bytes))
        let all = viewer.lines(width: width)
        for top in [0, 1, 5, 60, all.count - 3] {
            let (shown, total) = viewer.lines(width: width, from: top, count: 10)
            #expect(total == all.count)
            #expect(shown == Array(all.dropFirst(top).prefix(10)), "width \(width), top \(top)")
        }
    }
}
