import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// A paste reaches the browser as one key: it is typed into whatever text field is open in one
/// step, whatever its length, and does nothing where no text is typed.
@Suite struct UpdatePasteTests {
    /// A long paste, newlines and all, goes into the search line whole, as text; `Ctrl-c` after
    /// it quits at once.
    @Test func aPasteIsTypedIntoThePromptAtOnce() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("/"))
        let text = String(repeating: "pasted line\n", count: 10_000) + "end"
        #expect(driver.press(.paste(text)).isEmpty)
        #expect(driver.state.prompt?.text == text)
        #expect(driver.state.quitting == false)
        #expect(driver.press(.control("c")) == [.quit])
    }

    /// Pasted into the picker, the text narrows it with one read, not one per character.
    @Test func aPasteNarrowsThePickerWithOneRead() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("l"), .character("l"), .character("e"))
        #expect(driver.state.picker != nil)
        #expect(driver.press(.paste("Grace")) == [.pick(generation: 2, target: "Author")])
        #expect(driver.state.picker?.text == "Grace")
    }

    /// Outside a text field a paste moves nothing: its letters are not commands.
    @Test func aPasteIsNoCommand() {
        var driver = UpdateDriver()
        driver.openPosts()
        #expect(driver.press(.paste("jjjq")).isEmpty)
        #expect(driver.rows?.cursor == 0)
        #expect(driver.state.quitting == false)
        #expect(driver.state.status?.text.hasPrefix("a paste of 4 characters does nothing here") == true)
    }
}
