import Foundation
import NCursesTerminal
import Ommi
import OmmiBrowse

/// The interactive browser on the real terminal, the one way both `ommi-browse` and
/// ``Ommi/ModelCollection/browse(on:options:)`` start it.
package enum TerminalBrowser {
    /// Takes over the terminal, runs a session on `models` until the user quits, and gives the
    /// terminal back; with `watch`, the screen follows changes made elsewhere, `history` keeps
    /// the console's statements, and `mouse` asks the terminal to report the mouse. The session runs on a thread of its own, so that waiting for
    /// keys never takes a thread from the reads.
    package static func run(
        _ models: BrowsedModels, on database: Ommi, countingOn counting: Ommi?, readOnly: Bool, start: PaneTarget?,
        watch: Bool, history: ConsoleHistory?, mouse: Bool
    ) async throws {
        let crashLog = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-browse-crash.log").path
        let terminal = try NCursesTerminal(crashLogPath: crashLog, mouse: mouse)
        defer { terminal.stop() }
        let session = BrowserSession(
            database: database, models: models.collection, size: terminal.size, readOnly: readOnly,
            countingDatabase: counting, undeclaredModels: models.undeclared, history: history)
        if watch { await session.watch() }
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
