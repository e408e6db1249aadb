import Ommi
import TerminalUI

/// Draws the state into a screen buffer: breadcrumb, model list, the top pane, the status line,
/// and the modal when one is open. Pure: the same state always draws the same screen.
public func view(_ state: AppState) -> ScreenBuffer {
    var screen = ScreenBuffer(size: state.size)
    guard state.size.width > 0, state.size.height > 0 else { return screen }
    let layout = Layout(state.size)
    Breadcrumb.draw(state, into: &screen)
    let regions = ScreenRegions(state)
    if let width = regions.listWidth {
        ModelListView.draw(state, into: &screen, width: width)
        if let separator = regions.separator {
            screen.fill(
                row: layout.bodyTop, column: separator, width: 1, height: layout.bodyHeight, with: "│",
                style: Palette.frame)
        }
    }
    if let pane = state.current, let area = regions.pane {
        pane.content.draw(in: area, app: state, into: &screen)
    } else if layout.listWidth > 0 {
        let area = PaneArea(
            top: layout.bodyTop, left: layout.paneLeft, width: layout.paneWidth, height: layout.bodyHeight,
            focused: false)
        let hint =
            state.models.isEmpty
            ? "This database has no tables or views." : "Enter opens the model under the cursor; ? lists the keys."
        _ = screen.write(
            hint, row: area.top + 1, column: area.left + 1, maxWidth: max(0, area.width - 2), style: Palette.dim)
    }
    StatusLine.draw(state, into: &screen)
    state.modal?.draw(state, into: &screen)
    return screen
}

/// The styles of the screen: attributes first, so that the screen reads the same with `NO_COLOR`,
/// and a few of the terminal's own colours on top where they tell kinds of text apart (keys,
/// NULL and other markers, relations, errors, rows changed elsewhere).
enum Palette {
    static let bar = Style(reverse: true)
    static let header = Style(bold: true, underline: true)
    static let cursor = Style(reverse: true)
    static let cursorUnfocused = Style(bold: true, underline: true)
    static let dim = Style(dim: true)
    static let frame = Style(dim: true)
    static let error = Style(foreground: .red, bold: true)
    static let label = Style(foreground: .cyan)
    /// Rows another program just added or changed.
    static let changedElsewhere = Style(foreground: .yellow, bold: true)
    /// The header of a key column.
    static let keyHeader = Style(foreground: .green, bold: true, underline: true)
    /// NULL, a BLOB's size and other values that stand for something not shown.
    static let marker = Style(foreground: .magenta, dim: true)
    /// A record's line that leads to related rows.
    static let relation = Style(foreground: .blue)
}
