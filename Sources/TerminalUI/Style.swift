/// How a cell looks: colours and text attributes.
///
/// Backends that cannot or must not show colour (for example when `NO_COLOR` is set) keep the
/// attributes and drop the colours, so a style should stay readable with attributes alone.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(
        foreground: Color = .terminalDefault,
        background: Color = .terminalDefault,
        bold: Bool = false,
        dim: Bool = false,
        reverse: Bool = false,
        underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// The terminal's default colours and no attributes.
    public static let plain = Style()
}
