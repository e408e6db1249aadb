import TerminalUI

/// Where things go on a screen of a given size: the breadcrumb on the first line, the status
/// line on the last, the model list on the left and the pane beside it. Every measure is at
/// least zero, so any size, down to 1×1, has a layout.
public struct Layout: Sendable, Equatable {
    public var size: ScreenSize

    public init(_ size: ScreenSize) { self.size = size }

    /// Lines between the breadcrumb and the status line.
    public var bodyHeight: Int { max(0, size.height - 2) }
    public var bodyTop: Int { 1 }
    public var statusRow: Int { max(0, size.height - 1) }

    /// The model list's width: a quarter of the screen, between 12 and 28 columns, none on a
    /// screen too narrow for both.
    public var listWidth: Int {
        size.width < 40 ? 0 : min(28, max(12, size.width / 4))
    }

    /// The first column of the pane (after the list and its separator).
    public var paneLeft: Int { listWidth == 0 ? 0 : listWidth + 1 }
    public var paneWidth: Int { max(0, size.width - paneLeft) }

    /// Data rows a rows pane shows below its header.
    public var visibleRows: Int { max(1, bodyHeight - 1) }
    /// Lines a record pane or the model list shows.
    public var visibleLines: Int { max(1, bodyHeight) }
}
