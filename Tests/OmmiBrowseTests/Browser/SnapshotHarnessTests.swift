import TerminalUI
import Testing

/// The snapshot comparison can fail: a screen that differs from its file, or has no file, is a
/// mismatch, so a green snapshot test means the screen matched.
@Suite struct SnapshotHarnessTests {
    /// A blank screen is not the recorded model list, and the mismatch shows both screens.
    @Test func aDifferentScreenFails() throws {
        let mismatch = try #require(Snapshot.mismatch(ScreenBuffer(width: 80, height: 24), named: "model-list.txt"))
        #expect(mismatch.hasPrefix("the screen differs from model-list.txt"))
        #expect(mismatch.contains("Author"))
    }

    /// A screen with no recorded file fails rather than passing unseen.
    @Test func aMissingSnapshotFails() throws {
        let mismatch = try #require(Snapshot.mismatch(ScreenBuffer(width: 80, height: 24), named: "never-recorded.txt"))
        #expect(mismatch.hasPrefix("no snapshot never-recorded.txt"))
    }

    /// The file form frames each row so its full width, trailing blanks included, is kept.
    @Test func rowsAreFramedWithTheirTrailingBlanks() {
        var screen = ScreenBuffer(width: 4, height: 2)
        screen.write("漢a", row: 0, column: 0)
        #expect(Snapshot.text(of: screen) == "|漢a |\n|    |\n")
    }
}
