import TerminalUI
import Testing

@Suite("Screen buffer")
struct ScreenBufferTests {
    /// Checks the pairing rule every buffer keeps: a wide cell is followed by its continuation,
    /// a continuation follows a wide cell, and each row's text is exactly the buffer's width.
    private func expectWellFormed(_ buffer: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in 0..<buffer.height {
            for column in 0..<buffer.width {
                guard let cell = buffer[row, column] else {
                    Issue.record("no cell at \(row),\(column)", sourceLocation: sourceLocation)
                    continue
                }
                switch cell.content {
                case .wide:
                    #expect(buffer[row, column + 1]?.content == .continuation, sourceLocation: sourceLocation)
                case .continuation:
                    if case .wide = buffer[row, column - 1]?.content {
                    } else {
                        Issue.record("orphan continuation at \(row),\(column)", sourceLocation: sourceLocation)
                    }
                case .narrow:
                    break
                }
            }
        }
        #expect(buffer.lines.count == buffer.height, sourceLocation: sourceLocation)
        for line in buffer.lines {
            #expect(line.displayWidth == buffer.width, sourceLocation: sourceLocation)
        }
    }

    @Test("A new buffer is blank")
    func blank() {
        let buffer = ScreenBuffer(width: 3, height: 2)
        #expect(buffer.lines == ["   ", "   "])
        #expect(buffer.text == "   \n   ")
        #expect(buffer[0, 0] == .blank())
    }

    @Test("Writing returns the columns used and clips at the right edge")
    func writeClips() {
        var buffer = ScreenBuffer(width: 8, height: 2)
        #expect(buffer.write("hello", row: 0, column: 0) == 5)
        #expect(buffer.write("world!", row: 0, column: 5) == 3)
        #expect(buffer.write("abcdef", row: 1, column: 1, maxWidth: 3) == 3)
        #expect(buffer.lines == ["hellowor", " abc    "])
    }

    @Test("A wide character appears once in lines and takes two cells")
    func wideCells() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        #expect(buffer.write("漢a字", row: 0, column: 0) == 5)
        #expect(buffer.lines == ["漢a字 "])
        #expect(buffer[0, 0]?.content == .wide("漢"))
        #expect(buffer[0, 1]?.content == .continuation)
        #expect(buffer[0, 1]?.character == nil)
        #expect(buffer[0, 2]?.width == 1)
        expectWellFormed(buffer)
    }

    @Test("A wide character at the last column is left out, never split")
    func wideAtLastColumn() {
        var buffer = ScreenBuffer(width: 5, height: 1)
        #expect(buffer.write("abcd漢", row: 0, column: 0) == 4)
        #expect(buffer.lines == ["abcd "])
        #expect(buffer.write("漢", row: 0, column: 4) == 0)
        #expect(buffer.write("漢字", row: 0, column: 0, maxWidth: 3) == 2)
        #expect(buffer.lines == ["漢cd "])
        expectWellFormed(buffer)
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwriteHalves() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.write("漢字漢", row: 0, column: 0)
        buffer.write("x", row: 0, column: 1)
        #expect(buffer.lines == [" x字漢"])
        buffer.write("y", row: 0, column: 2)
        #expect(buffer.lines == [" xy 漢"])
        buffer.write("字", row: 0, column: 3)
        #expect(buffer.lines == [" xy字 "])
        expectWellFormed(buffer)
    }

    @Test("Writes outside the grid change nothing and never trap")
    func outside() {
        var buffer = ScreenBuffer(width: 4, height: 2)
        #expect(buffer.write("abc", row: -1, column: 0) == 3)
        #expect(buffer.write("abc", row: 2, column: 0) == 3)
        #expect(buffer.write("abc", row: 0, column: 4) == 0)
        #expect(buffer.write("abc", row: 0, column: .max) == 0)
        #expect(buffer.write("abc", row: .min, column: .min) == 3)
        #expect(buffer.write("abc", row: 0, column: 0, maxWidth: -5) == 0)
        #expect(buffer.lines == ["    ", "    "])
        #expect(buffer[-1, 0] == nil)
        #expect(buffer[0, 4] == nil)
        #expect(buffer[.max, .min] == nil)
    }

    @Test("Text starting left of the grid shows its visible part")
    func negativeColumn() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        #expect(buffer.write("abcdef", row: 0, column: -2) == 6)
        #expect(buffer.lines == ["cdef"])
        buffer.write("漢字", row: 0, column: -1)
        #expect(buffer.lines == [" 字f"])
        expectWellFormed(buffer)
    }

    @Test(
        "Tiny and empty buffers accept every operation", arguments: [(0, 0), (1, 1), (1, 0), (0, 1), (2, 1), (-3, -3)])
    func tiny(width: Int, height: Int) {
        var buffer = ScreenBuffer(width: width, height: height)
        buffer.write("漢字 hello 😀", row: 0, column: 0)
        buffer.write("x", row: 0, column: max(0, width - 1))
        buffer.fill(row: 0, column: 0, width: 10, height: 10, with: "─")
        buffer.fill(row: 0, column: 0, width: 10, height: 10, with: "漢")
        buffer.clear()
        buffer.write("END", row: buffer.height - 1, column: buffer.width - 3)
        expectWellFormed(buffer)
        #expect(buffer.width == max(0, width))
        #expect(buffer.height == max(0, height))
    }

    @Test("One cell shows a narrow character but never a wide one")
    func oneByOne() {
        var buffer = ScreenBuffer(width: 1, height: 1)
        #expect(buffer.write("漢", row: 0, column: 0) == 0)
        #expect(buffer.lines == [" "])
        #expect(buffer.write("ab", row: 0, column: 0) == 1)
        #expect(buffer.lines == ["a"])
    }

    @Test("Fill paints a clipped rectangle; a wide fill leaves an odd column blank")
    func fill() {
        var buffer = ScreenBuffer(width: 5, height: 3)
        buffer.fill(row: 1, column: -2, width: 4, height: 9, with: "#")
        #expect(buffer.lines == ["     ", "##   ", "##   "])
        buffer.fill(row: 0, column: 0, width: 5, height: 1, with: "漢")
        #expect(buffer.lines[0] == "漢漢 ")
        buffer.fill(row: 0, column: 1, width: 1, height: 1)
        #expect(buffer.lines[0] == "  漢 ")
        buffer.fill(row: 0, column: .max, width: .max, height: .max)
        buffer.fill(row: .min, column: .min, width: .max, height: .max, with: "x")
        #expect(buffer.lines[0] == "  漢 ")
        buffer.fill(row: -5, column: -5, width: .max, height: .max, with: "\t")
        #expect(buffer.lines == ["␉␉␉␉␉", "␉␉␉␉␉", "␉␉␉␉␉"])
        expectWellFormed(buffer)
    }

    @Test("Styles are kept per cell and clear resets them")
    func styles() {
        var buffer = ScreenBuffer(width: 4, height: 1)
        let highlight = Style(foreground: .yellow, background: .blue, bold: true)
        buffer.fill(row: 0, column: 0, width: 4, height: 1, style: highlight)
        buffer.write("漢", row: 0, column: 1, style: Style(reverse: true))
        #expect(buffer[0, 0]?.style == highlight)
        #expect(buffer[0, 1]?.style.reverse == true)
        #expect(buffer[0, 2]?.style.reverse == true)
        buffer.write("x", row: 0, column: 2)
        #expect(buffer[0, 1] == .blank(Style(reverse: true)))
        buffer.clear()
        #expect(buffer == ScreenBuffer(width: 4, height: 1))
    }

    @Test("Hostile text cannot break the grid")
    func hostileText() {
        var buffer = ScreenBuffer(width: 20, height: 3)
        buffer.write("\u{1B}[2J\u{1B}[H\r\n\t\u{8}\u{8}\u{7F}x", row: 0, column: 0)
        buffer.write("\u{202E}drawkcab\u{200B}\u{301}\u{85}", row: 1, column: 0)
        buffer.write("👨‍👩‍👧‍👦🇯🇵❤️👍🏽क्षि漢字", row: 2, column: 0)
        #expect(buffer.lines[0] == "␛[2J␛[H␍␊␉␈␈␡x".fitted(toWidth: 20))
        #expect(buffer.lines[1] == "�drawkcab�◌́�".fitted(toWidth: 20))
        expectWellFormed(buffer)
    }

    @Test("Random writes always leave a well-formed grid")
    func randomWrites() {
        var generator = SplitMix(seed: 7)
        let pieces = ["a", "漢", "😀", "e\u{301}", "\t", "👨‍👩‍👧", "क्षि", "ｶ", "🇯🇵", " ", "\u{1B}"]
        for _ in 0..<200 {
            let width = Int(generator.next() % 7)
            let height = Int(generator.next() % 3)
            var buffer = ScreenBuffer(width: width, height: height)
            for _ in 0..<20 {
                let text = (0..<Int(generator.next() % 5)).map { _ in
                    pieces[Int(generator.next() % UInt64(pieces.count))]
                }.joined()
                let row = Int(generator.next() % 5) - 1
                let column = Int(generator.next() % 10) - 2
                if generator.next() % 4 == 0 {
                    buffer.fill(
                        row: row, column: column, width: Int(generator.next() % 4), height: 2, with: text.first ?? " ")
                } else {
                    let used = buffer.write(text, row: row, column: column, maxWidth: Int(generator.next() % 8))
                    #expect(used <= max(0, width - column))
                }
            }
            expectWellFormed(buffer)
        }
    }
}

/// A small deterministic generator so the random test is repeatable.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
