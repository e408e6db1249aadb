/// One column of a `ScreenBuffer`.
///
/// A character two columns wide occupies a `.wide` cell followed by a `.continuation` cell, so a
/// row always has exactly one cell per terminal column and positions are plain column numbers.
public struct Cell: Sendable, Hashable {
    /// What a cell shows.
    public enum Content: Sendable, Hashable {
        /// A character one column wide.
        case narrow(Character)
        /// A character two columns wide, whose right half is the next cell.
        case wide(Character)
        /// The right half of the wide character in the cell to the left.
        case continuation
    }

    public let content: Content
    public let style: Style

    init(_ content: Content, style: Style) {
        self.content = content
        self.style = style
    }

    /// An empty column: a space.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(.narrow(" "), style: style)
    }

    /// The character drawn from this cell, or nil for a continuation cell.
    ///
    /// Every character in a buffer has been made safe for a terminal (see `String.terminalSafe`)
    /// and is a layout unit (see `String.displayWidth`): usually a whole grapheme, or one spacing
    /// character with its marks in scripts whose graphemes span several columns.
    public var character: Character? {
        switch content {
        case .narrow(let character), .wide(let character): character
        case .continuation: nil
        }
    }

    /// Columns this cell starts: 1 for narrow, 2 for wide, 0 for a continuation.
    public var width: Int {
        switch content {
        case .narrow: 1
        case .wide: 2
        case .continuation: 0
        }
    }
}
