import CNCurses
import Foundation
import TerminalUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real terminal, through ncursesw: reads keys as `Key` values and copies a `ScreenBuffer`
/// to the screen, cell by cell at exact positions, so the buffer's widths decide the layout.
///
/// Starting it takes over the terminal (raw mode, so Ctrl-c arrives as a key; no echo; hidden
/// cursor; immediate Esc; bracketed paste, so a paste arrives as one key; unless declined, mouse
/// reports, so clicks and the wheel arrive as ``Key/mouse(_:)``). The terminal is given back, mouse
/// reports off, by `stop()`, on deinit, at process exit,
/// on SIGINT, SIGTERM, SIGHUP and SIGQUIT (the process then exits with 128 + the signal) and on
/// crashes (SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE), which also append a note to
/// the crash log and print its path before the crash proceeds.
///
/// Colours keep the terminal's own default foreground and background; when `NO_COLOR` is set
/// to a non-empty value only attributes (bold, dim, reverse, underline) are used.
/// One instance at a time per process, used from one thread.
public final class NCursesTerminal: Terminal {
    private var colorPairs: ColorPairs
    private var attributeCache: [Style: (attributes: UInt32, pair: Int32)] = [:]
    private var started = true
    private var input = InputDecoder()

    /// Takes over the terminal on standard input and output, as described by `TERM`.
    ///
    /// - Parameters:
    ///   - crashLogPath: where a crash appends its note; nil for no log.
    ///   - mouse: whether to ask the terminal to report clicks and the wheel; without, the
    ///     terminal keeps the mouse for its own selection of text.
    /// - Throws: `TerminalStartError` when standard input or output is not a terminal, or
    ///   `TERM` is unset, unknown or unusable.
    public init(crashLogPath: String? = nil, mouse: Bool = true) throws {
        let result: cnc_start_result
        if let crashLogPath {
            result = crashLogPath.withCString { cnc_start($0, Self.escapeDelayMilliseconds, mouse) }
        } else {
            result = cnc_start(nil, Self.escapeDelayMilliseconds, mouse)
        }
        if let error = Self.error(for: result, term: Self.environment("TERM")) { throw error }
        colorPairs = ColorPairs(enabled: Self.environment("NO_COLOR").isEmpty)
    }

    deinit {
        stop()
    }

    /// The current size; after a `.resize` key this is already the new size.
    public var size: ScreenSize {
        ScreenSize(width: Int(cnc_columns()), height: Int(cnc_lines()))
    }

    /// A paste arrives as one ``Key/paste(_:)`` and a mouse report as one ``Key/mouse(_:)``: each
    /// is read to its end before the key is returned, waiting at most ``pastePause`` for each
    /// next piece of it.
    public func readKey(timeout: Duration?) -> Key? {
        guard started, var next = readInput(timeout: timeout) else { return nil }
        var lastInput = ContinuousClock.now
        while true {
            if let key = input.take(next, at: lastInput) { return key }
            guard input.isGathering else { return nil }
            while true {
                if let more = readInput(timeout: Self.pastePause) {
                    next = more
                    lastInput = .now
                    break
                }
                // A wake-up is no pause in the paste; only silence for the whole pause ends it.
                if ContinuousClock.now - lastInput >= Self.pastePause { return input.finish() }
            }
        }
    }

    /// How long a paste or mouse report may pause before what came of it is taken as all of it.
    private static let pastePause = Duration.seconds(1)

    private func readInput(timeout: Duration?) -> CursesInput? {
        var value: UInt32 = 0
        switch cnc_read(Self.milliseconds(timeout), &value) {
        case CNC_INPUT_CHARACTER: return .character(value)
        case CNC_INPUT_KEY_CODE: return .keyCode(Int32(bitPattern: value))
        default: return nil
        }
    }

    public var waker: @Sendable () -> Void { { cnc_wake() } }

    public func copyToClipboard(_ text: String) {
        guard started else { return }
        let sequence = Array(("\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}").utf8)
        var written = 0
        while written < sequence.count {
            let result = sequence[written...].withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if result <= 0 { return }
            written += result
        }
    }

    public func draw(_ buffer: ScreenBuffer) {
        guard started else { return }
        cnc_erase()
        let screen = size
        for row in 0..<min(buffer.height, screen.height) {
            for column in 0..<min(buffer.width, screen.width) {
                guard let cell = buffer[row, column], cell.width > 0 else { continue }
                let (attributes, pair) = look(for: cell.style)
                for glyph in cell.terminalGlyphs(terminalWidth: Self.terminalWidth) {
                    let scalars = glyph.scalars.map(\.value)
                    _ = scalars.withUnsafeBufferPointer { pointer in
                        cnc_put(
                            Int32(row), Int32(column + glyph.offset), pointer.baseAddress,
                            Int32(pointer.count), attributes, pair)
                    }
                }
            }
        }
        cnc_present()
    }

    public func stop() {
        guard started else { return }
        started = false
        cnc_stop()
    }

    /// Short enough that Esc feels immediate, long enough for escape sequences over ssh.
    private static let escapeDelayMilliseconds: Int32 = 25

    private static func environment(_ name: String) -> String {
        getenv(name).map { String(cString: $0) } ?? ""
    }

    private static func terminalWidth(_ scalar: Unicode.Scalar) -> Int {
        Int(cnc_scalar_width(scalar.value))
    }

    private func look(for style: Style) -> (attributes: UInt32, pair: Int32) {
        if let cached = attributeCache[style] { return cached }
        let look = (
            attributes: cnc_attributes(style.bold, style.dim, style.reverse, style.underline),
            pair: colorPairs.pair(for: style)
        )
        attributeCache[style] = look
        return look
    }

    private static func milliseconds(_ timeout: Duration?) -> Int32 {
        guard let timeout else { return -1 }
        let (seconds, attoseconds) = timeout.components
        guard seconds >= 0 else { return 0 }
        let total = seconds.multipliedReportingOverflow(by: 1000)
        guard !total.overflow, total.partialValue <= Int64(Int32.max) else { return Int32.max }
        return Int32(min(Int64(Int32.max), total.partialValue + attoseconds / 1_000_000_000_000_000))
    }

    private static func error(for result: cnc_start_result, term: String) -> TerminalStartError? {
        switch result {
        case CNC_START_OK: nil
        case CNC_START_ALREADY_ACTIVE: .alreadyStarted
        case CNC_START_STDIN_NOT_TERMINAL: .standardInputNotTerminal
        case CNC_START_STDOUT_NOT_TERMINAL: .standardOutputNotTerminal
        case CNC_START_TERM_UNSET: .termUnset
        case CNC_START_TERM_UNKNOWN: .unknownTerminalType(term)
        case CNC_START_NO_TERMINFO: .noTerminfoDatabase
        default: .unsuitableTerminalType(term)
        }
    }
}
