extension RowsPane {
    /// Where the end of the rows stands while ``positionsFromEnd`` holds: far past any real
    /// position, so that rows read upwards from it never reach position 0 before the first row.
    static let provisionalEnd = 1 << 40

    /// Takes the count of the pane's rows; rows placed from the end before it arrived move to
    /// their real positions, the cursor and the screen with them.
    mutating func take(total: Int) {
        self.total = total
        if positionsFromEnd { shiftPositions(by: total - Self.provisionalEnd) }
    }

    /// Rows placed from the end whose window reached the first row: their positions are now known.
    mutating func placeFromStartIfReached() {
        if positionsFromEnd && window.reachesStart { shiftPositions(by: -window.start) }
    }

    /// Moves every position by `shift` (never before the first row) and ends ``positionsFromEnd``.
    private mutating func shiftPositions(by shift: Int) {
        let shift = max(shift, -window.start)
        positionsFromEnd = false
        window.start += shift
        window.reachesStart = window.reachesStart || window.start == 0
        cursor += shift
        top = max(0, top + shift)
        wantedCursor = wantedCursor.map { max(0, $0 + shift) }
    }

    /// The cursor's position for the status line: from the first row, or from the last while
    /// only the end's position is known.
    var positionText: String {
        let total = total.map(ValueText.grouped) ?? "…"
        guard positionsFromEnd else { return "row \(ValueText.grouped(cursor + 1)) of \(total)" }
        let above = Self.provisionalEnd - 1 - cursor
        return above == 0 ? "last row of \(total)" : "last row − \(ValueText.grouped(above)) of \(total)"
    }
}
