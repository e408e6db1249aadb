import Foundation
import Ommi
import TerminalUI

/// The whole of one value, scrollable: text wrapped to the screen, JSON indented, bytes as a hex
/// dump. `v` opens it on a cell, Enter on a plain field of a record.
public struct ValueViewer: Sendable {
    /// What the value is: `title of post #1`.
    public var title: String
    public var value: DatabaseValue
    /// The first line shown.
    public var top = 0

    public init(title: String, value: DatabaseValue) {
        self.title = title
        self.value = value
    }

    /// The value's lines, before wrapping: the text's own lines, JSON indented, a hex dump of
    /// bytes (16 to a line, with their ASCII beside).
    public var paragraphs: [String] {
        switch value {
        case .null: return ["NULL"]
        case .blob(let data): return Self.hexDump(data)
        case .text(let text):
            if let indented = Self.indentedJSON(text) { return indented.components(separatedBy: "\n") }
            return text.components(separatedBy: "\n")
        default: return [ValueText.plain(value)]
        }
    }

    /// The lines shown in `width` columns: each paragraph wrapped, made safe to draw.
    func lines(width: Int) -> [String] {
        paragraphs.flatMap { Self.wrap($0.terminalSafe, width: max(1, width)) }
    }

    /// The lines from `top` on, at most `count` of them, in `width` columns, with how many lines
    /// there are in all. A hex dump is formatted only where it is shown (its lines all wrap
    /// alike at any width it can be read in): formatting a value of many megabytes whole at
    /// every drawing froze the screen.
    func lines(width: Int, from top: Int, count: Int) -> (shown: [String], total: Int) {
        guard case .blob(let data) = value, !data.isEmpty, width >= Self.narrowestLazyHexWidth else {
            let all = lines(width: width)
            return (Array(all.dropFirst(max(0, top)).prefix(count)), all.count)
        }
        let hexLines = (data.count + 15) / 16
        let wrapped = { (range: Range<Int>) in Self.hexDump(data, lines: range).flatMap { Self.wrap($0, width: width) }
        }
        let perLine = wrapped(0..<1).count
        let total = (hexLines - 1) * perLine + wrapped(hexLines - 1..<hexLines).count
        let first = min(max(0, top) / perLine, hexLines)
        let shown = wrapped(first..<min(hexLines, first + count / perLine + 2))
        return (Array(shown.dropFirst(max(0, top) - first * perLine).prefix(count)), total)
    }

    /// Below this width a hex line's ASCII part can wrap onto lines of its own, so lines no
    /// longer wrap alike and the dump is formatted whole.
    static let narrowestLazyHexWidth = 40

    static func indentedJSON(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasPrefix("{") || trimmed.hasPrefix("["), let data = trimmed.data(using: .utf8),
            let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let pretty = try? JSONSerialization.data(
                withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return nil }
        return String(decoding: pretty, as: UTF8.self)
    }

    static func hexDump(_ data: Data) -> [String] {
        guard !data.isEmpty else { return ["(no bytes)"] }
        return hexDump(data, lines: 0..<(data.count + 15) / 16)
    }

    /// The lines of the hex dump of `data` in `lines`: 16 bytes a line, with their ASCII beside.
    static func hexDump(_ data: Data, lines: Range<Int>) -> [String] {
        lines.map { line in
            let offset = line * 16
            let start = data.startIndex + offset
            let chunk = [UInt8](data[start..<min(start + 16, data.endIndex)])
            let hex = chunk.map { String(format: "%02x", $0) }.joined(separator: " ")
            let ascii = String(chunk.map { (32..<127).contains($0) ? Character(Unicode.Scalar($0)) : "." })
            return String(format: "%08x  ", offset) + hex.padding(toLength: 48, withPad: " ", startingAt: 0) + " |"
                + ascii + "|"
        }
    }

    /// `text` cut into lines of at most `width` columns, at spaces where it can.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(text)
        while rest.displayWidth > width {
            var cut = rest.startIndex
            var used = 0
            for index in rest.indices {
                let columns = rest[index].displayWidth
                if used + columns > width { break }
                used += columns
                cut = rest.index(after: index)
            }
            if cut == rest.startIndex { cut = rest.index(after: rest.startIndex) }
            if let space = rest[..<cut].lastIndex(of: " "), space > rest.startIndex {
                lines.append(String(rest[..<space]))
                rest = rest[rest.index(after: space)...]
            } else {
                lines.append(String(rest[..<cut]))
                rest = rest[cut...]
            }
        }
        lines.append(String(rest))
        return lines
    }
}

extension ValueViewer: ModalComponent {
    public var hints: String { "↑ ↓ PgUp PgDn scroll  Esc close " }

    /// The box the viewer fills: most of the screen.
    private func area(_ screen: ScreenBuffer) -> (width: Int, height: Int) {
        (max(20, screen.width - 4), max(3, screen.height - 2))
    }

    public func draw(_ app: AppState, into screen: inout ScreenBuffer) {
        let size = area(screen)
        guard let area = Box.draw(title: title, width: size.width, height: size.height, into: &screen) else { return }
        var (shown, total) = lines(width: area.width, from: self.top, count: area.height)
        if self.top > max(0, total - area.height) {
            shown = lines(width: area.width, from: max(0, total - area.height), count: area.height).shown
        }
        for (line, text) in shown.enumerated() {
            let style = value.isNull ? Palette.dim : Style.plain
            _ = screen.write(text, row: area.top + line, column: area.left, maxWidth: area.width, style: style)
        }
    }

    public func handle(_ key: Key, in app: inout AppState) -> [Effect] {
        var viewer = self
        let page = max(1, app.size.height - 4)
        let count = lines(width: max(1, app.size.width - 8), from: 0, count: 0).total
        switch Command(key: key) {
        case .up: viewer.top -= 1
        case .down: viewer.top += 1
        case .pageUp: viewer.top -= page
        case .pageDown: viewer.top += page
        case .first: viewer.top = 0
        case .last: viewer.top = count
        case .back, .quit, .view: return []
        default: break
        }
        viewer.top = min(max(0, viewer.top), max(0, count - page))
        app.modal = viewer
        return []
    }
}
