import TerminalUI
import Testing

@Suite("Safe text")
struct SafeTextTests {
    @Test("C0 controls become control pictures and DEL becomes ␡")
    func controlPictures() {
        #expect("a\tb\nc\rd\u{1B}e\u{0}f\u{7F}".terminalSafe == "a␉b␊c␍d␛e␀f␡")
        #expect("\r\n".terminalSafe == "␍␊")
    }

    @Test("An escape sequence cannot reach the terminal")
    func escapeSequence() {
        let safe = "\u{1B}[2J\u{1B}]0;title\u{7}".terminalSafe
        #expect(safe == "␛[2J␛]0;title␇")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test("C1 controls, bidi controls and invisible format characters become �")
    func invisibleControls() {
        #expect("a\u{85}b\u{9B}c".terminalSafe == "a�b�c")
        #expect("\u{202E}abc\u{202C}".terminalSafe == "�abc�")
        #expect("\u{2066}x\u{2069}\u{200F}".terminalSafe == "�x��")
        #expect("a\u{200B}b\u{FEFF}".terminalSafe == "a�b�")
        #expect("soft\u{AD}hyphen".terminalSafe == "soft�hyphen")
    }

    @Test("Line and paragraph separators become ␤")
    func separators() {
        #expect("a\u{2028}b\u{2029}".terminalSafe == "a␤b␤")
    }

    @Test("A combining mark with nothing to sit on gets a dotted circle")
    func loneMark() {
        #expect("\u{301}x".terminalSafe == "\u{25CC}\u{301}x")
        #expect("\u{301}x".displayWidth == 2)
    }

    @Test("Joiners, variation selectors and marks inside characters are kept")
    func keepsSequences() {
        for text in ["👨‍👩‍👧", "❤️", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "e\u{301}", "क्षि", "漢字", "Ünïcödé", "�"] {
            #expect(text.terminalSafe == text)
        }
    }

    @Test("Making text safe twice changes nothing")
    func idempotent() {
        let hostile = "\u{1B}[31m\t\u{0}\u{85}\u{202E}\u{301}\u{200B}\u{2028}漢😀"
        #expect(hostile.terminalSafe.terminalSafe == hostile.terminalSafe)
    }

    @Test("Invalid UTF-8 arrives already replaced and stays one column")
    func invalidUTF8() {
        let decoded = String(decoding: [0x61, 0xFF, 0xC3, 0x62] as [UInt8], as: UTF8.self)
        #expect(decoded.terminalSafe == "a��b")
        #expect(decoded.displayWidth == 4)
    }
}
