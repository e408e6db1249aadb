extension StringProtocol {
    /// Columns the text takes on a terminal once made safe (see `terminalSafe`).
    ///
    /// East Asian wide and fullwidth characters and emoji (ZWJ sequences, flags, skin tones,
    /// variation selector 16) take two columns, combining marks and joiners none, everything else
    /// one. Control characters count as the one-column pictures that replace them.
    public var displayWidth: Int {
        var total = 0
        for unit in LayoutUnits(self) { total += unit.width }
        return total
    }
}

extension Character {
    /// Columns the character takes on a terminal once made safe; see `String.displayWidth`.
    public var displayWidth: Int {
        if let unit = LayoutUnit.ascii(self) { return unit.width }
        return LayoutUnit.units(of: self).reduce(0) { $0 + $1.width }
    }
}
