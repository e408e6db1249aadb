/// The size of a screen or buffer in character cells.
public struct ScreenSize: Sendable, Hashable {
    /// Columns; never negative.
    public let width: Int
    /// Rows; never negative.
    public let height: Int

    /// Negative values are taken as zero, so any arithmetic on sizes yields a usable size.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }
}
