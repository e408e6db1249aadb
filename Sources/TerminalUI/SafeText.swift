extension StringProtocol {
    /// The text with everything that could move a terminal's cursor, change its state or
    /// reorder what follows replaced by a visible stand-in.
    ///
    /// - C0 controls become Unicode Control Pictures (tab `␉`, line feed `␊`, escape `␛`),
    ///   DEL becomes `␡`.
    /// - C1 controls, bidirectional controls and other invisible format characters become `�`.
    /// - Line and paragraph separators become `␤`.
    /// - A combining mark with nothing to sit on is shown on a dotted circle, `◌́`.
    ///
    /// Everything else, including joiners and variation selectors inside emoji, is kept. The
    /// result is safe to send to a terminal and applying this again changes nothing.
    public var terminalSafe: String {
        var result = ""
        for character in self {
            if let replacement = SafeText.replacement(for: character) {
                result += replacement
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// The per-character rules behind `terminalSafe`.
enum SafeText {
    /// The visible form of `character`, or nil when it is already safe.
    static func replacement(for character: Character) -> String? {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let only = scalars.first, (0x20..<0x7F).contains(only.value) {
            return nil
        }
        var changed = false
        var result = String.UnicodeScalarView()
        for (offset, scalar) in scalars.enumerated() {
            if let visible = visibleForm(of: scalar, leading: offset == 0) {
                result.append(contentsOf: visible)
                changed = true
            } else {
                result.append(scalar)
            }
        }
        return changed ? String(result) : nil
    }

    private static func visibleForm(of scalar: Unicode.Scalar, leading: Bool) -> [Unicode.Scalar]? {
        let value = scalar.value
        switch value {
        case 0x00...0x1F:
            return Unicode.Scalar(0x2400 + value).map { [$0] }
        case 0x7F:
            return ["\u{2421}"]
        case 0x80...0x9F:
            return [.replacementCharacter]
        case 0x2028, 0x2029:
            return ["\u{2424}"]
        default:
            break
        }
        if scalar.properties.isBidiControl { return [.replacementCharacter] }
        guard leading, scalar.columnWidth == 0 else { return nil }
        if scalar.isCombiningMark { return ["\u{25CC}", scalar] }
        return [.replacementCharacter]
    }
}
