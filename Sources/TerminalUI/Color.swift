/// A colour from the eight-colour palette every colour terminal has, or the terminal's own default.
///
/// The palette is deliberately small: the browser should look right in any terminal theme, and
/// `terminalDefault` keeps the user's own foreground and background.
public enum Color: Sendable, Hashable, CaseIterable {
    case terminalDefault
    case black, red, green, yellow, blue, magenta, cyan, white
}
