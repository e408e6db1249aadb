/// What a backend sends to the terminal for one cell: pieces that the terminal's own width
/// table (usually the C library's `wcwidth`) agrees fill exactly the cell's columns.
///
/// Terminals and curses libraries measure characters one code point at a time, and they differ
/// on emoji sequences (a skin tone, a ZWJ family, a text symbol with variation selector 16).
/// When the terminal and the buffer disagree on a width, everything after it on the row
/// shifts. So a backend draws the pieces of a cell, never the raw grapheme: each spacing code
/// point with the marks that follow it, as many as fit the cell's width, blanks for the rest.
/// A sequence may then look simpler than in a terminal that understands it (a ZWJ family shows
/// its first member), but the grid stays exact everywhere.
public struct TerminalGlyph: Sendable, Hashable {
    /// Columns from the cell's first column: 0 or 1.
    public let offset: Int
    /// One spacing code point followed by at most four zero-width ones.
    public let scalars: [Unicode.Scalar]
}

extension Cell {
    /// The pieces to draw for this cell on a terminal whose width for a code point is
    /// `terminalWidth` (negative for code points it cannot print). Empty for a continuation.
    public func terminalGlyphs(terminalWidth: (Unicode.Scalar) -> Int) -> [TerminalGlyph] {
        guard let character else { return [] }
        var glyphs: [TerminalGlyph] = []
        var offset = 0
        var current: [Unicode.Scalar] = []
        var currentWidth = 0
        var currentIsUnknown = false
        var fits = true

        func emitCurrent() {
            guard fits, !current.isEmpty else { return }
            if offset + currentWidth <= width {
                glyphs.append(TerminalGlyph(offset: offset, scalars: Array(current.prefix(Self.scalarsPerGlyph))))
                offset += currentWidth
            } else {
                fits = false
            }
            current = []
        }

        for scalar in character.unicodeScalars where scalar != .zeroWidthJoiner {
            let scalarWidth = terminalWidth(scalar)
            if scalarWidth == 0 {
                let textSymbolSelector = scalar == .emojiVariationSelector && currentWidth == 1
                if !current.isEmpty, !textSymbolSelector, !currentIsUnknown { current.append(scalar) }
                continue
            }
            emitCurrent()
            guard fits else { break }
            currentIsUnknown = scalarWidth < 0
            current = currentIsUnknown ? [.replacementCharacter] : [scalar]
            currentWidth = currentIsUnknown ? 1 : scalarWidth
        }
        emitCurrent()
        if glyphs.isEmpty {
            glyphs.append(TerminalGlyph(offset: 0, scalars: [.replacementCharacter]))
            offset = 1
        }
        while offset < width {
            glyphs.append(TerminalGlyph(offset: offset, scalars: [" "]))
            offset += 1
        }
        return glyphs
    }

    /// Scalars a curses cell holds (`CCHARW_MAX` in ncurses).
    private static let scalarsPerGlyph = 5
}
