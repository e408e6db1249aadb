import Foundation
import Ommi
import OmmiBrowse
import Testing

/// The one definition of text safety for script output: visible, and reversible where asked.
@Suite("Visible escapes")
struct VisibleEscapesTests {
    @Test("ESC, BEL, DEL, C1 controls and line breaks are spelled out; printable text is kept")
    func spelledOut() {
        #expect(
            VisibleEscapes.escaping("a\u{1B}[2Jb\u{07}\u{7F}\u{9B}é😀\t\n\r\\")
                == "a\\x1b[2Jb\\x07\\x7f\\xc2\\x9bé😀\\t\\n\\r\\")
        #expect(VisibleEscapes.escaping("C:\\dir", reversible: true) == "C:\\\\dir")
    }

    @Test("a character cut by the end of a chunk is whole again; one cut by plain text is invalid bytes")
    func cutCharacters() {
        var escaper = VisibleEscapes(reversible: true)
        var output: [UInt8] = []
        escaper.append([0x61, 0xE2, 0x82], final: false, to: &output)
        escaper.append([0xAC, 0x62, 0xE2, 0x82], final: false, to: &output)
        escaper.append([0x63, 0xAC], final: true, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "a€b\\xe2\\x82c\\xac")
    }

    @Test("every single byte and random byte strings read back exactly, however they are cut into chunks")
    func reversible() throws {
        var generator = SystemRandomNumberGenerator()
        var samples: [[UInt8]] = (0...255).map { [UInt8($0)] }
        for _ in 0..<200 {
            samples.append(
                (0..<Int.random(in: 0..<64, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator)
                })
        }
        samples.append(Array("é€😀".utf8) + [0xC3, 0x28, 0xFF, 0xFE, 0xF0, 0x9F, 0x98])
        for bytes in samples {
            var whole: [UInt8] = []
            var escaper = VisibleEscapes(reversible: true)
            escaper.append(bytes, final: true, to: &whole)
            #expect(!whole.contains { $0 < 0x20 || $0 == 0x7F })
            #expect(try ExportReaders.tsvValue(whole[...]) == .text(bytes))
            var chunked: [UInt8] = []
            var chunkedEscaper = VisibleEscapes(reversible: true)
            var rest = bytes[...]
            while !rest.isEmpty {
                let cut = Int.random(in: 1...rest.count, using: &generator)
                chunkedEscaper.append(rest.prefix(cut), final: cut == rest.count, to: &chunked)
                rest = rest.dropFirst(cut)
            }
            if bytes.isEmpty { chunkedEscaper.append([], final: true, to: &chunked) }
            #expect(chunked == whole)
        }
    }
}
