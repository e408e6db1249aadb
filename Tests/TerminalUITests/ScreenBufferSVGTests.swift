import Foundation
import Testing

@testable import TerminalUI

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A screen drawn as an SVG picture: well-formed, every character where the grid has it, with the
/// cells' colours and attributes.
@Suite struct ScreenBufferSVGTests {
    func picture() -> String {
        var screen = ScreenBuffer(width: 12, height: 2)
        screen.write("a<b & \"c\"", row: 0, column: 0, style: Style(foreground: .red, bold: true))
        screen.write("中x", row: 1, column: 0, style: Style(reverse: true))
        return screen.svg(title: "two <rows>")
    }

    @Test func thePictureIsWellFormedAndSized() throws {
        let svg = picture()
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "") in\n\(svg)")
        let cell = ScreenBuffer.svgCell
        #expect(svg.contains("width=\"\(12 * cell.width)\" height=\"\(2 * cell.height)\""))
        #expect(svg.contains("<title>two &lt;rows&gt;</title>"))
    }

    @Test func textKeepsItsCharactersColoursAndAttributes() {
        let svg = picture()
        let theme = ScreenBuffer.SVGTheme.dark
        let red = theme.palette[.red] ?? "no red in the theme"
        #expect(svg.contains("fill=\"\(red)\" font-weight=\"bold\""))
        #expect(svg.contains(">a&lt;b &amp; &quot;c&quot;</text>"))
        // The reversed run: the default background as its text colour on a rectangle of the
        // default foreground, three columns wide (a wide character and a narrow one).
        let cell = ScreenBuffer.svgCell
        #expect(
            svg.contains(
                "<rect x=\"0\" y=\"\(cell.height)\" width=\"\(3 * cell.width)\" height=\"\(cell.height)\" fill=\"\(theme.foreground)\"/>"
            ))
        #expect(svg.contains("fill=\"\(theme.background)\" textLength=\"\(3 * cell.width)\""))
        #expect(svg.contains(">中x</text>"))
    }
}
