/// A screen as a picture: an SVG document that draws each cell in a terminal's grid, with its
/// colours and attributes, for documentation that shows the real screen rather than a mock-up.
extension ScreenBuffer {
    /// The colours a picture is drawn in: the terminal's default foreground and background, and
    /// the eight palette colours.
    public struct SVGTheme: Sendable {
        public var foreground: String
        public var background: String
        public var palette: [Color: String]

        /// A dark theme with the palette's usual tones.
        public static let dark = SVGTheme(
            foreground: "#d8dee9", background: "#1d2129",
            palette: [
                .black: "#3b4252", .red: "#e06c75", .green: "#98c379", .yellow: "#e5c07b",
                .blue: "#61afef", .magenta: "#c678dd", .cyan: "#56b6c2", .white: "#e5e9f0",
            ])

        /// The colour `color` stands for, `fallback` for the terminal's default.
        func hex(_ color: Color, fallback: String) -> String {
            color == .terminalDefault ? fallback : palette[color] ?? fallback
        }
    }

    /// Width and height of one cell in the picture's units; a wide character spans two cells.
    static let svgCell = (width: 9, height: 19)

    /// The screen as an SVG document in `theme`: one rectangle per run of cells with a background
    /// of their own, one text element per run of cells that look alike.
    public func svg(theme: SVGTheme = .dark, title: String) -> String {
        let cell = Self.svgCell
        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width * cell.width)" height="\(height * cell.height)" \
            viewBox="0 0 \(width * cell.width) \(height * cell.height)" role="img" aria-label="\(Self.escaped(title))">
            <title>\(Self.escaped(title))</title>
            <rect width="100%" height="100%" fill="\(theme.background)"/>
            <g font-family="ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace" font-size="15" xml:space="preserve">

            """
        for row in 0..<height {
            for run in runs(inRow: row) {
                let (foreground, background) = colours(of: run.style, theme: theme)
                let x = run.column * cell.width
                let y = row * cell.height
                if background != theme.background {
                    out +=
                        "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(run.columns * cell.width)\" height=\"\(cell.height)\" fill=\"\(background)\"/>\n"
                }
                guard run.text.contains(where: { $0 != " " }) else { continue }
                var attributes = "x=\"\(x)\" y=\"\(y + 14)\" fill=\"\(foreground)\""
                if run.style.bold { attributes += " font-weight=\"bold\"" }
                if run.style.dim { attributes += " fill-opacity=\"0.6\"" }
                if run.style.underline { attributes += " text-decoration=\"underline\"" }
                attributes += " textLength=\"\(run.columns * cell.width)\" lengthAdjust=\"spacingAndGlyphs\""
                out += "<text \(attributes)>\(Self.escaped(run.text))</text>\n"
            }
        }
        return out + "</g>\n</svg>\n"
    }

    /// Consecutive cells of one row that share a style, with the text they show.
    private func runs(inRow row: Int) -> [(column: Int, columns: Int, style: Style, text: String)] {
        var runs: [(column: Int, columns: Int, style: Style, text: String)] = []
        for column in 0..<width {
            guard let cell = self[row, column], let character = cell.character else {
                if !runs.isEmpty { runs[runs.count - 1].columns += 1 }
                continue
            }
            if let last = runs.last, last.style == cell.style {
                runs[runs.count - 1].columns += 1
                runs[runs.count - 1].text.append(character)
            } else {
                runs.append((column, 1, cell.style, String(character)))
            }
        }
        return runs
    }

    /// The foreground and background a style shows in `theme`, swapped when reversed.
    private func colours(of style: Style, theme: SVGTheme) -> (String, String) {
        let foreground = theme.hex(style.foreground, fallback: theme.foreground)
        let background = theme.hex(style.background, fallback: theme.background)
        return style.reverse ? (background, foreground) : (foreground, background)
    }

    private static func escaped(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
