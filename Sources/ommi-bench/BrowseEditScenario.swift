import Foundation
import Ommi
import OmmiBrowse
import TerminalUI

/// Editing a cell in the browser's core headless: `e` on a title, typing, Enter (the write,
/// the panes read again, the screen), each timed from key to rendered frame.
enum BrowseEditScenario {
    /// Text typed into the editor each round.
    static let typed = " (edited)"

    /// The 99th percentile of key → settle → render for `e`, each key typed and Enter, on a copy
    /// of the browser's file (so the shared file stays as the other scenarios expect it); each
    /// round's edit is undone, untimed, so every round edits the same value. Enter commits to
    /// disk, so its budget is a durable commit and a redraw, not a frame: 50 ms.
    static func run(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let original = try BrowseFixture.path(scale, folder: folder)
        let path = folder.cachedPath("browse-edit.db")
        folder.remove(path)
        try FileManager.default.copyItem(atPath: original, toPath: path)
        defer { folder.remove(path) }
        let (harness, _) = try await BrowserHarness.openPosts(path)
        _ = await harness.press(.character("l"))
        var opening: [Double] = []
        var typing: [Double] = []
        var saving: [Double] = []
        for round in 0...max(scale.rounds, 5) {
            let open = await harness.press(.character("e"))
            var keys: [Double] = []
            for character in typed { keys.append(await harness.press(.character(character))) }
            let save = await harness.press(.enter)
            let title = harness.rows?.currentRow?.values[1]
            guard title == .text("Post number 1" + typed) else {
                throw BenchError("browse_edit: the edit did not show in the pane:\n\(harness.session.screen.text)")
            }
            _ = await harness.press(.character("u"))
            guard harness.rows?.currentRow?.values[1] == .text("Post number 1") else {
                throw BenchError("browse_edit: undo did not restore the title:\n\(harness.session.screen.text)")
            }
            if round > 0 {
                opening.append(open)
                typing += keys
                saving.append(save)
            }
        }
        let all = opening + typing + saving
        let p99 = { (values: [Double]) in BrowseScenarios.format(Statistics.percentile(values, 99)) }
        return Measurement(
            scenario: "browse_edit", value: Statistics.percentile(all, 99), unit: .milliseconds,
            medianMilliseconds: Statistics.median(all), baselineMedianMilliseconds: nil, target: 50,
            note: "\(all.count) keys; p99 e \(p99(opening)) ms, typing \(p99(typing)) ms, Enter \(p99(saving)) ms")
    }
}
