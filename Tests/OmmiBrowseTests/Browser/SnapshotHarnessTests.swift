import Testing
import TerminalUI

/// The snapshot comparison can fail: a screen that differs from its file, or has no file, is an
/// issue, so a green snapshot test means the screen matched.
@Suite(.enabled(if: !Snapshot.recording, "recording writes files instead of comparing"))
struct SnapshotHarnessTests {
    /// A blank screen is not the recorded model list.
    @Test func aDifferentScreenFails() {
        withKnownIssue {
            Snapshot.check(ScreenBuffer(width: 80, height: 24), named: "model-list.txt")
        }
    }

    /// A screen with no recorded file fails rather than passing unseen.
    @Test func aMissingSnapshotFails() {
        withKnownIssue {
            Snapshot.check(ScreenBuffer(width: 80, height: 24), named: "never-recorded.txt")
        }
    }

    /// The file form frames each row so its full width, trailing blanks included, is kept.
    @Test func rowsAreFramedWithTheirTrailingBlanks() {
        var screen = ScreenBuffer(width: 4, height: 2)
        screen.write("漢a", row: 0, column: 0)
        #expect(Snapshot.text(of: screen) == "|漢a |\n|    |\n")
    }
}
