/// Where text sits when it is narrower than the columns given to it.
public enum TextAlignment: Sendable, Hashable {
    case leading
    case trailing
    case center
}

extension StringProtocol {
    /// The text made safe and cut to at most `width` columns, ending in `…` when something was
    /// cut. A wide character that would straddle the edge is left out whole.
    public func truncated(toWidth width: Int) -> String {
        truncatedWithWidth(toWidth: width).text
    }

    /// The text made safe, cut with `…` if needed and padded with spaces to exactly `width`
    /// columns, for table cells and fixed-width fields. A non-positive width gives "".
    public func fitted(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        let (text, used) = truncatedWithWidth(toWidth: width)
        let padding = Swift.max(0, width - used)
        switch alignment {
        case .leading:
            return text + String(repeating: " ", count: padding)
        case .trailing:
            return String(repeating: " ", count: padding) + text
        case .center:
            let before = padding / 2
            return String(repeating: " ", count: before) + text
                + String(repeating: " ", count: padding - before)
        }
    }

    private func truncatedWithWidth(toWidth width: Int) -> (text: String, width: Int) {
        guard width > 0 else { return ("", 0) }
        var scalars = String.UnicodeScalarView()
        var scalarCount = 0
        var used = 0
        var scalarsAtCut = 0
        var usedAtCut = 0
        for unit in LayoutUnits(self) {
            if used + unit.width > width {
                var kept = String.UnicodeScalarView(scalars.prefix(scalarsAtCut))
                kept.append("\u{2026}")
                return (String(kept), usedAtCut + 1)
            }
            scalars.append(contentsOf: unit.character.unicodeScalars)
            scalarCount += unit.character.unicodeScalars.count
            used += unit.width
            if used <= width - 1 {
                scalarsAtCut = scalarCount
                usedAtCut = used
            }
        }
        return (String(scalars), used)
    }
}
