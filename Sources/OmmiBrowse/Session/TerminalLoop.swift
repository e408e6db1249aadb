import TerminalUI

/// Runs a session on a terminal until the user quits: keys in, screens out. The loop waits for
/// whichever comes first, a key or the result of an effect (the runner wakes the terminal's
/// wait when one arrives), and draws at once; it never polls.
public enum TerminalLoop {
    public static func run(_ session: BrowserSession, on terminal: any Terminal) {
        session.runner.wakeOnMessages(terminal.waker)
        session.resize(terminal.size)
        session.start()
        terminal.draw(session.screen)
        while !session.isFinished {
            let key = terminal.readKey(timeout: nil)
            if let key {
                if key == .resize {
                    session.resize(terminal.size)
                } else {
                    session.send(key)
                }
            }
            let arrived = session.pump()
            for text in session.takeClipboard() { terminal.copyToClipboard(text) }
            if key != nil || arrived { terminal.draw(session.screen) }
        }
    }
}
