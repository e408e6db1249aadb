import Foundation
import NCursesTerminal
import Ommi
import OmmiBrowse
import TerminalUI

/// The interactive browser: a session on the real terminal, run on a thread of its own so that
/// waiting for keys never takes a thread from the reads.
enum Interactive {
    static func browse(
        database: Ommi, counting: Ommi?, models: ModelCollection, readOnly: Bool, start: PaneTarget?
    ) async throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw BrowseError("the browser needs a terminal on standard input and output; use --print or --schema in scripts")
        }
        let crashLog = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-browse-crash.log").path
        let terminal = try NCursesTerminal(crashLogPath: crashLog)
        defer { terminal.stop() }
        let session = BrowserSession(
            database: database, models: models, size: terminal.size, readOnly: readOnly, countingDatabase: counting)
        if let start { session.open(start) }
        let loop = LoopHandOff(session: session, terminal: terminal)
        await withCheckedContinuation { (finished: CheckedContinuation<Void, Never>) in
            let thread = Thread {
                TerminalLoop.run(loop.session, on: loop.terminal)
                finished.resume()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        // What a quit waited for, or abandoned, is said once the screen is the shell's again.
        terminal.stop()
        for line in session.state.farewell?.split(separator: "\n") ?? [] {
            FileHandle.standardError.write(Data("ommi-browse: \(String(line).terminalSafe)\n".utf8))
        }
    }
}

/// The session and terminal handed to the loop's thread, which from then on is their only user.
private final class LoopHandOff: @unchecked Sendable {
    let session: BrowserSession
    let terminal: NCursesTerminal

    init(session: BrowserSession, terminal: NCursesTerminal) {
        self.session = session
        self.terminal = terminal
    }
}

struct BrowseError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
