/// Why the terminal could not be started, with a one-line message for the user.
public enum TerminalStartError: Error, Sendable, Hashable, CustomStringConvertible {
    case standardInputNotTerminal
    case standardOutputNotTerminal
    case termUnset
    case unknownTerminalType(String)
    case noTerminfoDatabase
    case unsuitableTerminalType(String)
    /// Only one terminal can be in use at a time in a process.
    case alreadyStarted

    public var description: String {
        switch self {
        case .standardInputNotTerminal:
            "standard input is not a terminal"
        case .standardOutputNotTerminal:
            "standard output is not a terminal"
        case .termUnset:
            "the TERM environment variable is not set; set it to your terminal's type, such as xterm-256color"
        case .unknownTerminalType(let name):
            "unknown terminal type '\(name)' (from TERM); set TERM to a type in the terminfo database, such as xterm-256color"
        case .noTerminfoDatabase:
            "no terminfo database was found; install ncurses-base or set TERMINFO"
        case .unsuitableTerminalType(let name):
            "terminal type '\(name)' (from TERM) cannot run a full-screen program"
        case .alreadyStarted:
            "the terminal is already in use by this program"
        }
    }
}
