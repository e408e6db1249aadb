import TerminalUI
import Testing

@Suite("Fitting text to a width")
struct TextFittingTests {
    @Test("Text that fits is unchanged; text that does not ends in …")
    func ellipsis() {
        #expect("hello".truncated(toWidth: 5) == "hello")
        #expect("hello".truncated(toWidth: 10) == "hello")
        #expect("hello world".truncated(toWidth: 8) == "hello w…")
        #expect("hello".truncated(toWidth: 1) == "…")
        #expect("hello".truncated(toWidth: 0) == "")
        #expect("hello".truncated(toWidth: -3) == "")
    }

    @Test("A wide character is never split across the edge")
    func wideAtEdge() {
        #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
        #expect("漢字漢字".truncated(toWidth: 4) == "漢…")
        #expect("漢字漢字".fitted(toWidth: 4) == "漢… ")
        #expect("漢字".truncated(toWidth: 1) == "…")
        #expect("a😀b".truncated(toWidth: 3) == "a…")
    }

    @Test("Fitted text is exactly the width asked for", arguments: 0...12)
    func exactWidth(width: Int) {
        for text in ["", "abc", "漢字かなカナ", "a\tb\u{1B}c", "👨‍👩‍👧🇯🇵❤️", "cafe\u{301} au lait", "क्षि"] {
            #expect(text.fitted(toWidth: width).displayWidth == width)
            #expect(text.truncated(toWidth: width).displayWidth <= width)
        }
    }

    @Test("Alignment puts the padding before, after or around the text")
    func alignment() {
        #expect("ab".fitted(toWidth: 5) == "ab   ")
        #expect("ab".fitted(toWidth: 5, alignment: .trailing) == "   ab")
        #expect("ab".fitted(toWidth: 5, alignment: .center) == " ab  ")
        #expect("42".fitted(toWidth: 1, alignment: .trailing) == "…")
    }

    @Test("Fitting makes the text safe")
    func safe() {
        #expect("a\tb".fitted(toWidth: 4) == "a␉b ")
    }

    @Test("Cutting keeps whole clusters")
    func clusters() {
        #expect("e\u{301}e\u{301}e\u{301}".truncated(toWidth: 2) == "e\u{301}…")
        #expect("क्षि".truncated(toWidth: 3) == "क्षि")
        #expect("क्षिक".truncated(toWidth: 3) == "क्ष…")
    }
}
