import DemoDatabase
import Foundation
import TerminalUI
import Testing

@testable import OmmiBrowse

/// The picture of the browser in the README is the real screen: a post of the bundled demo
/// database opened from the model list, drawn as SVG. The test fails when the screen no longer
/// looks like the committed picture; `Scripts/render-readme-picture.sh` draws it again.
@Suite struct ReadmePictureTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Assets/browser.svg")

    @Test func theReadmePictureIsTheScreenOfTheDemo() async throws {
        let database = try await BrowserDatabase(try DemoDatabase.statements)
        defer { database.remove() }
        let session = await database.session()
        // Post is the third model (Author, Comment, Post, …); Enter on its first row opens it.
        await session.press(.down, .down, .enter, .enter)
        let svg = session.screen.svg(title: "ommi-browse showing a post of the demo database with its relations")
        if Snapshot.recording {
            try svg.write(to: Self.file, atomically: true, encoding: .utf8)
            Issue.record("recorded \(Self.file.lastPathComponent); run again without OMMI_RECORD_SNAPSHOTS to compare")
            return
        }
        let committed = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(committed == svg, "the screen differs from Assets/browser.svg; the screen:\n\(session.screen.text)")
    }
}
