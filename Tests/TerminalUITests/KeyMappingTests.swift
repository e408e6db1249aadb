import TerminalUI
import Testing

@Suite("Key mapping from curses input")
struct KeyMappingTests {
    @Test("Printable characters, including non-ASCII, are characters")
    func printable() {
        #expect(Key(.character(0x61)) == .character("a"))
        #expect(Key(.character(0x20)) == .character(" "))
        #expect(Key(.character(0xE9)) == .character("é"))
        #expect(Key(.character(0x6F22)) == .character("漢"))
        #expect(Key(.character(0x1F600)) == .character("😀"))
    }

    @Test("Control bytes become named keys or control letters")
    func controls() {
        #expect(Key(.character(0x03)) == .control("c"))
        #expect(Key(.character(0x02)) == .control("b"))
        #expect(Key(.character(0x06)) == .control("f"))
        #expect(Key(.character(0x1A)) == .control("z"))
        #expect(Key(.character(0x00)) == .control("@"))
        #expect(Key(.character(0x1C)) == .control("\\"))
        #expect(Key(.character(0x1F)) == .control("_"))
        #expect(Key(.character(0x0D)) == .enter)
        #expect(Key(.character(0x0A)) == .enter)
        #expect(Key(.character(0x09)) == .tab)
        #expect(Key(.character(0x1B)) == .escape)
        #expect(Key(.character(0x7F)) == .backspace)
        #expect(Key(.character(0x08)) == .backspace)
    }

    @Test("Curses key codes become keys")
    func keyCodes() {
        let expected: [(Int32, Key)] = [
            (0o403, .up), (0o402, .down), (0o404, .left), (0o405, .right),
            (0o523, .pageUp), (0o522, .pageDown), (0o406, .home), (0o550, .end),
            (0o407, .backspace), (0o527, .enter), (0o512, .delete), (0o513, .insert),
            (0o541, .backTab), (0o632, .resize), (0o411, .function(1)), (0o424, .function(12)),
        ]
        for (code, key) in expected {
            #expect(Key(.keyCode(code)) == key)
        }
    }

    @Test("Input the browser has no use for is nil")
    func unknown() {
        #expect(Key(.keyCode(0o631)) == nil)
        #expect(Key(.keyCode(0o410)) == nil)
        #expect(Key(.keyCode(-1)) == nil)
        #expect(Key(.character(0x85)) == nil)
        #expect(Key(.character(0xD800)) == nil)
        #expect(Key(.character(0x110000)) == nil)
    }

    @Test("Keys describe themselves for help and the status line")
    func descriptions() {
        #expect(Key.control("c").description == "Ctrl-c")
        #expect(Key.pageDown.description == "PgDn")
        #expect(Key.up.description == "↑")
        #expect(Key.character(" ").description == "Space")
        #expect(Key.function(5).description == "F5")
    }
}
