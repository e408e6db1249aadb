/// Turns raw curses input into keys, the one place where input that spans several reads is
/// put together: a bracketed paste (``BracketedPaste``) and an SGR mouse report.
///
/// A terminal asked for mouse reports (xterm's modes 1000 and 1006) sends each press, release and
/// wheel notch as `ESC [ < button ; column ; row M` (`m` for a release), positions counted from 1.
/// The curses backend reads the `ESC [ <` that opens a report as the key code
/// ``CursesKeyCode/mouseReport``, and the rest arrives as characters. Only presses of the main
/// button and wheel notches become keys; releases, drags and other buttons are dropped. A press on
/// the cell of the previous click within ``doubleClickInterval`` is a double click.
///
/// Pure but for the time each input arrived, which the caller passes in, so the decoding is tested
/// without a terminal.
public struct InputDecoder: Sendable {
    /// How soon a second press on the same cell must follow a click to make a double click.
    public static let doubleClickInterval = Duration.milliseconds(500)

    private var paste = BracketedPaste()
    /// The parameters of the mouse report under way (after `ESC [ <`); nil outside a report.
    private var report: String.UnicodeScalarView?
    /// The last single click, which a press on its cell soon after makes a double click.
    private var lastClick: (row: Int, column: Int, at: ContinuousClock.Instant)?

    /// The longest parameter text a report may have; a longer one is not a report.
    private static let reportLimit = 32

    public init() {}

    /// Whether a paste or a mouse report has begun and not ended.
    public var isGathering: Bool { paste.isGathering || report != nil }

    /// Takes one item of input that arrived at `now`: returns the key it makes (a whole paste at
    /// its end, a mouse event at the end of its report), or nil while a paste or report is being
    /// gathered and for input that is no key.
    public mutating func take(_ input: CursesInput, at now: ContinuousClock.Instant) -> Key? {
        if paste.isGathering { return paste.take(input) }
        if report != nil { return continueReport(with: input, at: now) }
        if input == .keyCode(CursesKeyCode.mouseReport) {
            report = String.UnicodeScalarView()
            return nil
        }
        return paste.take(input)
    }

    /// Ends what the terminal never finished (its end was lost): a paste's text so far as a paste;
    /// a cut report is dropped. Nil when nothing was under way or only a report was.
    public mutating func finish() -> Key? {
        report = nil
        return paste.finish()
    }

    /// The next item of a mouse report: a parameter character, the final `M` or `m`, or input that
    /// shows there is no report after all, which is then taken as what it is.
    private mutating func continueReport(with input: CursesInput, at now: ContinuousClock.Instant) -> Key? {
        guard case .character(let value) = input, let scalar = Unicode.Scalar(value), var parameters = report else {
            report = nil
            return take(input, at: now)
        }
        report = nil
        switch scalar {
        case "0"..."9", ";":
            guard parameters.count < Self.reportLimit else { return take(input, at: now) }
            parameters.append(scalar)
            report = parameters
            return nil
        case "M", "m":
            return mouseKey(String(parameters), pressed: scalar == "M", at: now)
        default:
            return take(input, at: now)
        }
    }

    /// The key for a whole report, `button;column;row`, or nil for one the browser has no use for.
    private mutating func mouseKey(_ parameters: String, pressed: Bool, at now: ContinuousClock.Instant) -> Key? {
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).compactMap { Int($0) }
        guard numbers.count == 3, numbers[1] >= 1, numbers[2] >= 1, pressed else { return nil }
        let (button, column, row) = (numbers[0], numbers[1] - 1, numbers[2] - 1)
        // Bits 2 to 4 are Shift, Meta and Control, which change nothing here; bit 5 marks a drag,
        // bit 6 the wheel, bit 7 the extra buttons.
        guard button & 0b1010_0000 == 0 else { return nil }
        if button & 0b0100_0000 != 0 {
            switch button & 0b11 {
            case 0: return .mouse(MouseEvent(.wheelUp, row: row, column: column))
            case 1: return .mouse(MouseEvent(.wheelDown, row: row, column: column))
            default: return nil
            }
        }
        guard button & 0b11 == 0 else { return nil }
        if let last = lastClick, last.row == row, last.column == column, now - last.at <= Self.doubleClickInterval {
            lastClick = nil
            return .mouse(MouseEvent(.doubleClick, row: row, column: column))
        }
        lastClick = (row, column, now)
        return .mouse(MouseEvent(.click, row: row, column: column))
    }
}
