import TerminalUI

/// Runs a session on a terminal until the user quits: keys in, screens out. Results of reads
/// are applied between keys, so a slow read never holds up the next key.
public enum TerminalLoop {
    public static func run(_ session: BrowserSession, on terminal: any Terminal) {
        session.resize(terminal.size)
        session.start()
        terminal.draw(session.screen)
        while !session.isFinished {
            let waiting = session.runner.isBusy ? Duration.milliseconds(10) : Duration.milliseconds(250)
            let key = terminal.readKey(timeout: waiting)
            if let key {
                if key == .resize {
                    session.resize(terminal.size)
                } else {
                    session.send(key)
                }
            }
            let arrived = session.pump()
            if key != nil || arrived { terminal.draw(session.screen) }
        }
    }
}
