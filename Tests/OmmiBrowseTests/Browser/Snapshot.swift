import Foundation
import TerminalUI
import Testing

/// Screens compared with text files committed under `Tests/OmmiBrowseTests/Snapshots/`.
///
/// A file holds one line per screen row between `|` marks, so trailing blanks survive editors
/// and the right edge shows whether a row kept its width. Setting `OMMI_RECORD_SNAPSHOTS=1`
/// writes the files instead of comparing, and the test then fails so that a recording run is
/// never mistaken for a passing one.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Snapshots")

    static var recording: Bool { ProcessInfo.processInfo.environment["OMMI_RECORD_SNAPSHOTS"] == "1" }

    /// The screen as the snapshot file holds it.
    static func text(of screen: ScreenBuffer) -> String {
        screen.lines.map { "|" + $0 + "|" }.joined(separator: "\n") + "\n"
    }

    /// Compares `screen` with the snapshot `name`, or records it when recording.
    static func check(
        _ screen: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        checkGrid(screen, sourceLocation: sourceLocation)
        let actual = text(of: screen)
        let file = folder.appendingPathComponent(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
                Issue.record(
                    "recorded \(name); run again without OMMI_RECORD_SNAPSHOTS to compare",
                    sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        if let mismatch = mismatch(screen, named: name) {
            Issue.record(Comment(rawValue: mismatch), sourceLocation: sourceLocation)
        }
    }

    /// Why `screen` does not match the snapshot `name`: the file is missing, or the screen
    /// differs (both shown); nil when it matches.
    static func mismatch(_ screen: ScreenBuffer, named name: String) -> String? {
        let actual = text(of: screen)
        guard let expected = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) else {
            return "no snapshot \(name); record it with OMMI_RECORD_SNAPSHOTS=1. The screen:\n\(actual)"
        }
        return expected == actual ? nil : "the screen differs from \(name)\nexpected:\n\(expected)\nactual:\n\(actual)"
    }

    /// Every row of `screen`, read back as text, is exactly as wide as the screen and holds
    /// nothing a terminal would act on: what the cells say is what a terminal lays out.
    static func checkGrid(_ screen: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for (number, line) in screen.lines.enumerated() {
            #expect(
                line.displayWidth == screen.width, "row \(number) is \(line.displayWidth) columns wide: \(line)",
                sourceLocation: sourceLocation)
            #expect(
                line.terminalSafe == line, "row \(number) holds control characters: \(line.debugDescription)",
                sourceLocation: sourceLocation)
        }
    }
}
