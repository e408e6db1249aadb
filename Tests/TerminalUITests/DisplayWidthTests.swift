import Testing

@testable import TerminalUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII takes one column per character")
    func ascii() {
        #expect("hello, world".displayWidth == 12)
        #expect("".displayWidth == 0)
        #expect(" ".displayWidth == 1)
    }

    @Test("CJK ideographs, kana, Hangul and fullwidth forms take two columns")
    func eastAsianWide() {
        #expect("漢字".displayWidth == 4)
        #expect("かなカナ".displayWidth == 8)
        #expect("한국어".displayWidth == 6)
        #expect("ＡＢ".displayWidth == 4)
        #expect("\u{3000}".displayWidth == 2)
        #expect("𠀋".displayWidth == 2)
    }

    @Test("Halfwidth katakana and ambiguous-width symbols take one column")
    func narrowEastAsian() {
        #expect("ｶﾀｶﾅ".displayWidth == 4)
        #expect("…".displayWidth == 1)
        #expect("°±".displayWidth == 2)
    }

    @Test(
        "Emoji take two columns",
        arguments: [
            "😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🇯🇵", "❤️", "1️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🧑🏽‍💻",
        ])
    func emoji(_ text: String) {
        #expect(text.displayWidth == 2)
        #expect(text.count == 1)
    }

    @Test("A text symbol without variation selector 16 takes one column")
    func textSymbols() {
        #expect("❤".displayWidth == 1)
        #expect("©".displayWidth == 1)
        #expect("1".displayWidth == 1)
    }

    @Test("Combining marks take no column of their own")
    func combiningMarks() {
        #expect("e\u{301}".displayWidth == 1)
        #expect("cafe\u{301}".displayWidth == 4)
        #expect("a\u{300}\u{301}\u{302}\u{303}".displayWidth == 1)
        #expect("\u{1112}\u{1161}\u{11AB}".displayWidth == 2)
        #expect("か\u{3099}".displayWidth == 2)
    }

    @Test("Each spacing character of a long cluster takes its own column")
    func spacingCharactersInClusters() {
        #expect("कि".displayWidth == 2)
        #expect("क्षि".displayWidth == 3)
    }

    @Test("Control characters count as the one-column pictures that replace them")
    func controls() {
        #expect("a\tb".displayWidth == 3)
        #expect("\r\n".displayWidth == 2)
        #expect("\u{1B}[31m".displayWidth == 5)
    }

    @Test("Character width agrees with string width")
    func characterWidth() {
        for character in "a漢😀e\u{301}\t👨‍👩‍👧" {
            #expect(character.displayWidth == String(character).displayWidth)
        }
    }

    @Test("The wide-range table is sorted and its ranges do not overlap")
    func tableIsSorted() {
        let ranges = EastAsianWide.ranges
        for (previous, next) in zip(ranges, ranges.dropFirst()) {
            #expect(previous.upperBound < next.lowerBound)
        }
        #expect(EastAsianWide.contains(0x4E00))
        #expect(!EastAsianWide.contains(0x41))
        #expect(!EastAsianWide.contains(0xFF61))
    }
}
