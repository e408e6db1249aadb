import TerminalUI

extension String {
    /// The end of the text in at most `width` columns, after a `…` when the start was cut, for
    /// lines whose end matters most: a prompt with its cursor, a breadcrumb's current pane.
    /// Measured by display width, so wide characters cut early do not push the end off screen.
    func tail(fittingWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let safe = terminalSafe
        guard safe.displayWidth > width else { return safe }
        var kept: [Character] = []
        var used = 0
        for character in safe.reversed() {
            let columns = character.displayWidth
            guard used + columns <= width - 1 else { break }
            kept.append(character)
            used += columns
        }
        return "…" + String(kept.reversed())
    }
}
