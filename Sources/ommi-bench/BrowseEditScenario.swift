import Foundation
import Ommi
import OmmiBrowse
import TerminalUI

/// Editing a cell in the browser's core headless: `e` on a title, typing, Enter (the write,
/// the panes read again, the screen), each timed from key to rendered frame.
enum BrowseEditScenario {
    /// Text typed into the editor each round.
    static let typed = " (edited)"

    /// The 99th percentile of key → settle → render for `e`, each key typed and Enter (the
    /// conflict check, the write and its commit, the panes read again, the frame).
    ///
    /// The edited file is a copy of the browser's on memory-backed storage when the machine has
    /// one (`/dev/shm`): a durable commit costs what the disk's flushes cost whatever runs it, and
    /// on a disk shared with other work those flushes alone swing from milliseconds to hundreds.
    /// So the figure is the browser's own; beside it, each round times the same one-row update
    /// through the bare C API on the same file, the floor of any commit there. Each round's edit
    /// is undone, untimed, so every round edits the same value.
    static func run(_ scale: Scale, folder: BenchFolder) async throws -> Measurement {
        let original = try BrowseFixture.path(scale, folder: folder)
        let path =
            memoryBacked("ommi-bench-edit-\(ProcessInfo.processInfo.processIdentifier).db")
            ?? folder.cachedPath("browse-edit.db")
        folder.remove(path)
        try FileManager.default.copyItem(atPath: original, toPath: path)
        defer { folder.remove(path) }
        let (harness, _) = try await BrowserHarness.openPosts(path)
        let floor = try BareCommit(path: path)
        _ = await harness.press(.character("l"))
        var opening: [Double] = []
        var typing: [Double] = []
        var saving: [Double] = []
        var committing: [Double] = []
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
            let commit = try floor.timedEdit()
            if round > 0 {
                opening.append(open)
                typing += keys
                saving.append(save)
                committing.append(commit)
            }
        }
        let all = opening + typing + saving
        let p99 = { (values: [Double]) in BrowseScenarios.format(Statistics.percentile(values, 99)) }
        return Measurement(
            scenario: "browse_edit", value: Statistics.percentile(all, 99), unit: .milliseconds,
            medianMilliseconds: Statistics.median(all), baselineMedianMilliseconds: Statistics.median(committing),
            target: 50,
            note: "\(all.count) keys; p99 e \(p99(opening)) ms, typing \(p99(typing)) ms, Enter \(p99(saving)) ms; "
                + "a bare commit of the same update \(p99(committing)) ms")
    }
}

/// The path of a new file on memory-backed storage, when the machine has some.
private func memoryBacked(_ name: String) -> String? {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder), isFolder.boolValue else {
        return nil
    }
    return "/dev/shm/" + name
}

/// The same one-row update the editor makes, through the bare C API in its own transaction:
/// the floor of any commit of an edit on this file.
private struct BareCommit {
    let database: RawDatabase
    let edit: RawStatement

    init(path: String) throws {
        database = try RawDatabase(path: path)
        edit = try database.prepare(#"UPDATE "Post" SET "title" = ? WHERE "id" = 2"#)
    }

    /// Times one committed update of the second post's title, then restores it untimed.
    func timedEdit() throws -> Double {
        let start = Stopwatch.now()
        try write("Post number 2" + BrowseEditScenario.typed)
        let elapsed = Stopwatch.milliseconds(since: start)
        try write("Post number 2")
        return elapsed
    }

    private func write(_ title: String) throws {
        try database.exec("BEGIN IMMEDIATE")
        edit.bind(title, at: 1)
        _ = try edit.step()
        edit.reset()
        try database.exec("COMMIT")
    }
}
