import TerminalUI
import Testing

@Suite("Bracketed paste from curses input")
struct BracketedPasteTests {
    /// The input curses gives for `text` pasted in brackets: the start code, every scalar, the end code.
    static func bracketed(_ text: String) -> [CursesInput] {
        [.keyCode(0o2001)] + text.unicodeScalars.map { .character($0.value) } + [.keyCode(0o2002)]
    }

    @Test("a bracketed paste is one key with every character, newlines and control characters as text")
    func oneKey() {
        let text = "line one\nline\ttwo \u{03} é 漢 😀"
        var paste = BracketedPaste()
        let keys = Self.bracketed(text).compactMap { paste.take($0) }
        #expect(keys == [.paste(text)])
        #expect(!paste.isGathering)
    }

    @Test("keys before and after a paste stay keys, in order")
    func keysAround() {
        var paste = BracketedPaste()
        let input: [CursesInput] = [.character(0x6A)] + Self.bracketed("ab") + [.character(0x03)]
        #expect(input.compactMap { paste.take($0) } == [.character("j"), .paste("ab"), .control("c")])
    }

    @Test("a paste whose end never came is finished with what arrived")
    func unfinished() {
        var paste = BracketedPaste()
        for input in Self.bracketed("abc").dropLast() { #expect(paste.take(input) == nil) }
        #expect(paste.isGathering)
        #expect(paste.finish() == .paste("abc"))
        #expect(paste.finish() == nil)
    }

    @Test("a paste types its whole text at once")
    func typedText() {
        #expect(Key.paste("xyz").typedText == "xyz")
        #expect(Key.character("q").typedText == "q")
        #expect(Key.enter.typedText == nil)
    }
}
