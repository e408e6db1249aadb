import TerminalUI
import Testing

/// The widths of glibc 2.36's `wcwidth` for the code points below, so the planning rule is
/// tested against a terminal that does not understand emoji sequences.
private func libcWidth(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case 0x200D, 0xFE0F, 0x301, 0x20E3, 0xE0000...0xE007F: 0
    case 0x1F468, 0x1F469, 0x1F467, 0x1F3FD, 0x1F44D, 0x1F600, 0x6F22: 2
    case 0x1FAE8: -1
    default: 1
    }
}

@Suite("Planning terminal glyphs for a cell")
struct TerminalGlyphTests {
    private func glyphs(_ text: String) -> [[Unicode.Scalar]] {
        var buffer = ScreenBuffer(width: 4, height: 1)
        buffer.write(text, row: 0, column: 0)
        return buffer[0, 0]?.terminalGlyphs(terminalWidth: libcWidth).map(\.scalars) ?? []
    }

    @Test("Simple characters are drawn as they are")
    func simple() {
        #expect(glyphs("a") == [["a"]])
        #expect(glyphs("漢") == [["漢"]])
        #expect(glyphs("e\u{301}") == [["e", "\u{301}"]])
    }

    @Test("A ZWJ sequence shows its first member so the row cannot shift")
    func zwjSequence() {
        #expect(glyphs("👨‍👩‍👧") == [["\u{1F468}"]])
    }

    @Test("A skin tone the terminal would draw separately is left out")
    func skinTone() {
        #expect(glyphs("👍🏽") == [["\u{1F44D}"]])
    }

    @Test("A flag is drawn as its two letters in two columns")
    func flag() {
        #expect(glyphs("🇯🇵") == [["\u{1F1EF}"], ["\u{1F1F5}"]])
    }

    @Test("Variation selector 16 on a narrow symbol is dropped and a blank fills the cell")
    func textSymbol() {
        #expect(glyphs("❤️") == [["\u{2764}"], [" "]])
        #expect(glyphs("1️⃣") == [["1", "\u{20E3}"], [" "]])
    }

    @Test("A character the terminal cannot print becomes �, padded to the cell's width")
    func unknown() {
        #expect(glyphs("\u{1FAE8}") == [["\u{FFFD}"], [" "]])
    }

    @Test("Offsets cover the cell's columns and continuations draw nothing")
    func offsets() {
        var buffer = ScreenBuffer(width: 2, height: 1)
        buffer.write("❤️", row: 0, column: 0)
        #expect(buffer[0, 0]?.terminalGlyphs(terminalWidth: libcWidth).map(\.offset) == [0, 1])
        #expect(buffer[0, 1]?.terminalGlyphs(terminalWidth: libcWidth) == [])
    }
}
