extension Unicode.Scalar {
    /// Columns a terminal advances for this scalar on its own: 0, 1 or 2.
    ///
    /// Control characters count as 0 here; they never reach a screen because safe text replaces
    /// them first.
    var columnWidth: Int {
        let value = self.value
        if value < 0x300 {
            if value < 0x20 || (0x7F...0x9F).contains(value) || value == 0xAD { return 0 }
            return 1
        }
        if isZeroWidth { return 0 }
        if EastAsianWide.contains(value) || properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Marks that sit on the preceding character, invisible format characters and the Hangul
    /// vowel and final-consonant jamo that join a preceding initial consonant.
    private var isZeroWidth: Bool {
        switch value {
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true
        default: break
        }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    /// A nonspacing or enclosing mark, shown on a dotted circle when it has nothing to sit on.
    var isCombiningMark: Bool {
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark: true
        default: false
        }
    }

    static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
    static let emojiVariationSelector: Unicode.Scalar = "\u{FE0F}"
    static let replacementCharacter: Unicode.Scalar = "\u{FFFD}"
}
