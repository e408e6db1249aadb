import TerminalUI

/// Runs a session on a terminal until the user quits: keys in, screens out. The loop waits for
/// whichever comes first, a key or the result of an effect (the runner wakes the terminal's
/// wait when one arrives), and draws at once; it never polls.
///
/// Every key already waiting is handled before the screen is drawn again, so keys queued
/// faster than a screen is drawn (a paste into a terminal that does not bracket it, a held
/// `j`) cost one drawing, not one each, and a `Ctrl-c` among them is reached at once.
public enum TerminalLoop {
    public static func run(_ session: BrowserSession, on terminal: any Terminal) {
        session.runner.wakeOnMessages(terminal.waker)
        session.resize(terminal.size)
        session.start()
        terminal.draw(session.screen)
        while !session.isFinished {
            var key = terminal.readKey(timeout: nil)
            let pressed = key != nil
            while let pending = key, !session.isFinished {
                if pending == .resize {
                    session.resize(terminal.size)
                } else {
                    session.send(pending)
                }
                key = terminal.readKey(timeout: .zero)
            }
            let arrived = session.pump()
            for text in session.takeClipboard() { terminal.copyToClipboard(text) }
            if pressed || arrived { terminal.draw(session.screen) }
        }
    }
}
