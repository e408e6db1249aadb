/// A grid of cells that a pure `view` function draws into and a terminal backend copies to the
/// screen.
///
/// Every operation accepts any coordinates and sizes: whatever falls outside the grid is
/// clipped, so drawing code never has to guard against a tiny or zero-sized terminal. Text is
/// made safe and laid out by display width as it is written, and a wide character is always a
/// `.wide` cell followed by a `.continuation` cell, never cut in half.
public struct ScreenBuffer: Sendable, Hashable {
    public let size: ScreenSize
    private var cells: [Cell]

    /// The largest width a buffer takes; wider requests are clipped. No terminal is this wide,
    /// and the limit keeps a nonsensical size from exhausting memory.
    public static let maximumWidth = 4096
    /// The largest height a buffer takes; taller requests are clipped.
    public static let maximumHeight = 2048

    /// A buffer of blank cells in `style`.
    public init(size: ScreenSize, style: Style = .plain) {
        let clipped = ScreenSize(
            width: min(size.width, Self.maximumWidth), height: min(size.height, Self.maximumHeight))
        self.size = clipped
        cells = Array(repeating: .blank(style), count: clipped.width * clipped.height)
    }

    /// A buffer of blank cells; negative sizes are taken as zero.
    public init(width: Int, height: Int, style: Style = .plain) {
        self.init(size: ScreenSize(width: width, height: height), style: style)
    }

    public var width: Int { size.width }
    public var height: Int { size.height }

    /// The cell at a position, or nil outside the grid.
    public subscript(row: Int, column: Int) -> Cell? {
        guard contains(row: row, column: column) else { return nil }
        return cells[row * width + column]
    }

    /// Writes `text` from a position, made safe and cut at whichever comes first: `maxWidth`
    /// columns or the right edge. A wide character that would not fit whole is left out.
    ///
    /// - Returns: the columns the written text advanced, so the next piece can start right
    ///   after it. It depends only on the text, `column`, `maxWidth` and the buffer's width, not
    ///   on whether `row` is inside the grid.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, row: Int, column: Int, maxWidth: Int? = nil, style: Style = .plain
    ) -> Int {
        let (toEdge, overflow) = width.subtractingReportingOverflow(column)
        let room = min(maxWidth ?? .max, overflow ? .max : toEdge)
        guard room > 0 else { return 0 }
        let rowInside = row >= 0 && row < height
        var advance = 0
        for unit in LayoutUnits(text) {
            guard advance + unit.width <= room else { break }
            if rowInside {
                place(unit.character, width: unit.width, row: row, column: column + advance, style: style)
            }
            advance += unit.width
        }
        return advance
    }

    /// Fills a rectangle with `character` (a space unless given) in `style`, for backgrounds,
    /// highlight bars and rules. A wide fill character is repeated in pairs of columns and a
    /// leftover odd column is left blank.
    public mutating func fill(
        row: Int, column: Int, width: Int, height: Int, with character: Character = " ", style: Style = .plain
    ) {
        let rows = Self.clip(start: row, length: height, limit: self.height)
        let columns = Self.clip(start: column, length: width, limit: self.width)
        guard !rows.isEmpty, !columns.isEmpty else { return }
        let unit = LayoutUnits(String(character)).first { _ in true } ?? LayoutUnit(character: " ", width: 1)
        for row in rows {
            var column = columns.lowerBound
            while column < columns.upperBound {
                if unit.width == 2, column + 1 >= columns.upperBound {
                    place(" ", width: 1, row: row, column: column, style: style)
                } else {
                    place(unit.character, width: unit.width, row: row, column: column, style: style)
                }
                column += unit.width
            }
        }
    }

    /// Makes every cell a blank in `style`.
    public mutating func clear(style: Style = .plain) {
        for index in cells.indices { cells[index] = .blank(style) }
    }

    /// Each row as plain text, one character per layout unit (a wide character appears once),
    /// with trailing blanks kept: what a person would see, for snapshot tests.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for cell in cells[(row * width)..<((row + 1) * width)] {
                if let character = cell.character {
                    line.unicodeScalars.append(contentsOf: character.unicodeScalars)
                }
            }
            return line
        }
    }

    /// The rows joined with newlines.
    public var text: String {
        lines.joined(separator: "\n")
    }

    private func contains(row: Int, column: Int) -> Bool {
        row >= 0 && row < height && column >= 0 && column < width
    }

    /// Puts one layout unit at a position inside a valid row, keeping wide pairs whole: a wide
    /// character partly outside the grid leaves a blank in the visible column, and overwriting
    /// either half of an existing wide character blanks its other half.
    private mutating func place(_ character: Character, width unitWidth: Int, row: Int, column: Int, style: Style) {
        let rowStart = row * width
        if unitWidth == 2 {
            if column == -1 {
                place(" ", width: 1, row: row, column: 0, style: style)
                return
            }
            if column == width - 1 {
                place(" ", width: 1, row: row, column: column, style: style)
                return
            }
            guard column >= 0, column + 1 < width else { return }
            separate(row: row, column: column)
            separate(row: row, column: column + 1)
            cells[rowStart + column] = Cell(.wide(character), style: style)
            cells[rowStart + column + 1] = Cell(.continuation, style: style)
        } else {
            guard column >= 0, column < width else { return }
            separate(row: row, column: column)
            cells[rowStart + column] = Cell(.narrow(character), style: style)
        }
    }

    /// Before a column is overwritten, blanks the other half of the wide character it belongs to.
    private mutating func separate(row: Int, column: Int) {
        let index = row * width + column
        switch cells[index].content {
        case .narrow:
            break
        case .wide:
            if column + 1 < width { cells[index + 1] = .blank(cells[index + 1].style) }
        case .continuation:
            if column > 0 { cells[index - 1] = .blank(cells[index - 1].style) }
        }
    }

    /// The part of `start..<start+length` inside `0..<limit`, without overflowing.
    private static func clip(start: Int, length: Int, limit: Int) -> Range<Int> {
        guard length > 0, limit > 0 else { return 0..<0 }
        let (end, overflow) = start.addingReportingOverflow(length)
        let upper = overflow ? limit : min(end, limit)
        let lower = max(start, 0)
        return lower < upper ? lower..<upper : 0..<0
    }
}
