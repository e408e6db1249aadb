/// A terminal the browser runs in: a source of keys and a place to show a `ScreenBuffer`.
///
/// The ncurses backend implements it; tests and headless runs can supply their own.
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: ScreenSize { get }
    /// The next key, waiting at most `timeout` (forever when nil). Nil when the time ran out or
    /// the input was nothing the browser uses.
    func readKey(timeout: Duration?) -> Key?
    /// A function that makes a `readKey` waiting on another thread return nil at once (or the
    /// next one, when none is waiting). Callable from any thread.
    var waker: @Sendable () -> Void { get }
    /// Shows `buffer`; parts outside the screen are clipped and screen left uncovered is blank.
    func draw(_ buffer: ScreenBuffer)
    /// Puts `text` on the clipboard of the terminal's user, through the terminal (OSC 52), so
    /// that it works over ssh too.
    func copyToClipboard(_ text: String)
    /// Gives the terminal back to the shell as it was found. Calling it again does nothing.
    func stop()
}
