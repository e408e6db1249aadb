import TerminalUI
import Testing

@Suite("SGR mouse reports from curses input")
struct MouseInputTests {
    /// The input curses gives for an SGR report `ESC [ < parameters final`: the report's key code,
    /// then the rest as characters.
    static func report(_ parameters: String, final: Character = "M") -> [CursesInput] {
        [.keyCode(0o2003)] + (parameters + String(final)).unicodeScalars.map { .character($0.value) }
    }

    static let start = ContinuousClock.now

    /// The keys `input` makes, every item arriving `milliseconds` after `start`.
    static func keys(_ input: [CursesInput], at milliseconds: Int = 0, decoder: inout InputDecoder) -> [Key] {
        input.compactMap { decoder.take($0, at: start + .milliseconds(milliseconds)) }
    }

    @Test("a press of the left button is a click at the zero-based cell; its release is no key")
    func click() {
        var decoder = InputDecoder()
        let keys = Self.keys(Self.report("0;12;5") + Self.report("0;12;5", final: "m"), decoder: &decoder)
        #expect(keys == [.mouse(MouseEvent(.click, row: 4, column: 11))])
        #expect(!decoder.isGathering)
    }

    @Test("the wheel's notches are wheelUp and wheelDown, with or without modifiers")
    func wheel() {
        var decoder = InputDecoder()
        let keys = Self.keys(Self.report("64;1;1") + Self.report("65;80;24") + Self.report("81;3;2"), decoder: &decoder)
        #expect(
            keys == [
                .mouse(MouseEvent(.wheelUp, row: 0, column: 0)), .mouse(MouseEvent(.wheelDown, row: 23, column: 79)),
                .mouse(MouseEvent(.wheelDown, row: 1, column: 2)),
            ])
    }

    @Test("a second press on the same cell soon after is a double click, and a third starts again")
    func doubleClick() {
        var decoder = InputDecoder()
        let press = Self.report("0;7;3") + Self.report("0;7;3", final: "m")
        var keys = Self.keys(press, at: 0, decoder: &decoder)
        keys += Self.keys(press, at: 200, decoder: &decoder)
        keys += Self.keys(press, at: 300, decoder: &decoder)
        #expect(
            keys == [
                .mouse(MouseEvent(.click, row: 2, column: 6)), .mouse(MouseEvent(.doubleClick, row: 2, column: 6)),
                .mouse(MouseEvent(.click, row: 2, column: 6)),
            ])
    }

    @Test("presses too far apart in time or on different cells are two clicks")
    func notDoubleClick() {
        var decoder = InputDecoder()
        var keys = Self.keys(Self.report("0;7;3"), at: 0, decoder: &decoder)
        keys += Self.keys(Self.report("0;7;3"), at: 1_001, decoder: &decoder)
        keys += Self.keys(Self.report("0;8;3"), at: 1_100, decoder: &decoder)
        #expect(keys.allSatisfy { if case .mouse(let event) = $0 { event.action == .click } else { false } })
        #expect(keys.count == 3)
    }

    @Test("drags, the middle and right buttons and extra buttons are no keys")
    func ignored() {
        var decoder = InputDecoder()
        let input =
            Self.report("32;5;5") + Self.report("1;5;5") + Self.report("2;5;5") + Self.report("128;5;5")
            + Self.report("66;5;5")
        #expect(Self.keys(input, decoder: &decoder).isEmpty)
        #expect(!decoder.isGathering)
    }

    @Test("a report that is no report gives back what followed its opening as keys")
    func malformed() {
        var decoder = InputDecoder()
        // Positions start at 1; a report with too few numbers, or a letter inside, is not a click.
        #expect(Self.keys(Self.report("0;0;5") + Self.report("0;5"), decoder: &decoder).isEmpty)
        let input: [CursesInput] = [.keyCode(0o2003), .character(0x31), .character(0x6A), .character(0x6B)]
        #expect(Self.keys(input, decoder: &decoder) == [.character("j"), .character("k")])
        let long = Self.report(String(repeating: "1", count: 40))
        #expect(Self.keys(long, decoder: &decoder).contains(.character("1")))
    }

    @Test("a report cut off by silence is dropped; keys and pastes around reports are unchanged")
    func aroundPastes() {
        var decoder = InputDecoder()
        #expect(Self.keys([.keyCode(0o2003), .character(0x30)], decoder: &decoder).isEmpty)
        #expect(decoder.isGathering)
        #expect(decoder.finish() == nil)
        #expect(!decoder.isGathering)
        let paste: [CursesInput] = [.keyCode(0o2001), .character(0x78), .keyCode(0o2002)]
        let input = [.character(0x6A)] + paste + Self.report("0;2;2") + [.keyCode(0o403)]
        #expect(
            Self.keys(input, decoder: &decoder) == [
                .character("j"), .paste("x"), .mouse(MouseEvent(.click, row: 1, column: 1)), .up,
            ])
        // A report's opening inside a paste is pasted text, never a click.
        let inside: [CursesInput] = [.keyCode(0o2001)] + Self.report("0;2;2") + [.keyCode(0o2002)]
        #expect(Self.keys(inside, decoder: &decoder) == [.paste("0;2;2M")])
    }
}
