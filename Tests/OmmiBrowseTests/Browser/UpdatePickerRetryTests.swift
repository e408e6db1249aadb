import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// A picker whose read failed (a locked database) says so instead of "reading…" for good, and
/// `r` or reopening it reads again.
@Suite struct UpdatePickerRetryTests {
    private static let locked = "database is locked"

    /// The reference picker of the first post's author, its first read failed.
    private static func failedPicker() -> UpdateDriver {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("l"), .character("l"), .character("e"))
        driver.receive(.pickerFailed(generation: 1, Self.locked))
        return driver
    }

    @Test func theFailureIsShownAndRReadsAgain() throws {
        var driver = Self.failedPicker()
        let picker = try #require(driver.state.modal as? Picker)
        #expect(picker.failure == Self.locked)
        #expect(picker.loading == false)
        #expect(driver.state.status == .error(Self.locked))
        var screen = ScreenBuffer(width: 80, height: 24)
        picker.draw(driver.state, into: &screen)
        #expect(screen.lines.contains { $0.contains("could not read: \(Self.locked)") })
        #expect(!screen.lines.contains { $0.contains("reading…") })
        #expect(driver.press(.character("r")) == [.pick(generation: 2, target: "Author")])
        let again = try #require(driver.state.modal as? Picker)
        #expect(again.failure == nil)
        #expect(again.text == picker.text)
        let grace = DynamicRow(values: [.integer(3), .text("Grace")])
        driver.receive(.pickerLoaded(generation: 2, [grace]))
        #expect((driver.state.modal as? Picker)?.rows == [grace])
    }

    /// Without a failure, `r` narrows like any other letter; closing and reopening reads again.
    @Test func rIsTextUnlessTheReadFailed() throws {
        var driver = Self.failedPicker()
        driver.press(.character("r"))
        driver.receive(.pickerLoaded(generation: 2, []))
        driver.press(.character("r"))
        #expect((driver.state.modal as? Picker)?.text == "r")
        driver.press(.escape)
        #expect(driver.press(.character("e")) == [.pick(generation: 1, target: "Author")])
    }
}
