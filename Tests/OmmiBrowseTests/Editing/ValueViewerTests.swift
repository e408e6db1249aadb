import Foundation
import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// `v` shows a whole value; `y` and `Y` copy a cell and a row.
@Suite struct ValueViewerTests {
    /// `v` on a cell and Enter on a plain field of a record open the viewer on its value; Esc
    /// closes it.
    @Test func viewOpensOnTheCell() throws {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("l"), .character("v"))
        let viewer = try #require(driver.state.modal as? ValueViewer)
        #expect(viewer.value == BlogSchemas.posts(1...1)[0].values[1])
        #expect(viewer.title == "title of post #1")
        driver.press(.escape, .enter, .down, .enter)
        #expect((driver.state.modal as? ValueViewer)?.title == "title of post #1")
        driver.press(.escape)
        #expect(driver.state.modal == nil)
    }

    /// JSON is indented, bytes are a hex dump with their ASCII, long text wraps at spaces.
    @Test func valuesAreLaidOut() {
        let json = ValueViewer(title: "", value: .text(#"{"b":[1,2],"a":"x"}"#))
        #expect(json.paragraphs.first == "{")
        #expect(json.paragraphs.contains { $0.hasPrefix("  \"a\" : \"x\"") })
        let bytes = ValueViewer(title: "", value: .blob(Data("Hello, world! 0123456789".utf8)))
        #expect(bytes.paragraphs.count == 2)
        #expect(bytes.paragraphs[0].hasPrefix("00000000  48 65 6c 6c 6f"))
        #expect(bytes.paragraphs[0].hasSuffix("|Hello, world! 01|"))
        let words = Array(repeating: "word", count: 30).joined(separator: " ")
        let lines = ValueViewer(title: "", value: .text(words)).lines(width: 22)
        #expect(lines.allSatisfy { $0.displayWidth <= 22 })
        #expect(lines.joined(separator: " ") == words)
        #expect(ValueViewer.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    /// The viewer scrolls a long value and stops at its ends.
    @Test func theViewerScrolls() {
        var driver = UpdateDriver()
        let long = (1...100).map { "line \($0)" }.joined(separator: "\n")
        driver.state.modal = ValueViewer(title: "t", value: .text(long))
        driver.press(.down, .down)
        #expect((driver.state.modal as? ValueViewer)?.top == 2)
        driver.press(.character("G"))
        let page = driver.state.size.height - 4
        #expect((driver.state.modal as? ValueViewer)?.top == 100 - page)
        driver.press(.character("g"), .up)
        #expect((driver.state.modal as? ValueViewer)?.top == 0)
    }

    /// `y` copies the cell under the cursor, `Y` the row tab-separated, and the status says so.
    @Test func copyingACellAndARow() {
        var driver = UpdateDriver()
        driver.openPosts()
        let row = BlogSchemas.posts(1...1)[0]
        driver.press(.character("l"))
        #expect(driver.press(.character("y")) == [.copy(ValueText.plain(row.values[1]))])
        #expect(driver.state.status?.text.hasPrefix("copied title") == true)
        #expect(driver.press(.character("Y")) == [.copy(row.values.map(ValueText.plain).joined(separator: "\t"))])
    }
}
