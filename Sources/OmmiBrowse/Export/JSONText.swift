/// JSON strings: quotes, backslashes and every control character (C0, DEL, C1) escaped, as are
/// the line and paragraph separators; everything else is written as UTF-8.
struct JSONText {
    private var scanner = UTF8Scanner()

    /// `text` as a JSON string, quotes included.
    static func string(_ text: String) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "\"")]
        var writer = JSONText()
        writer.append(text.utf8, final: true, to: &output)
        return output + [UInt8(ascii: "\"")]
    }

    /// Appends the escaped form of a chunk of valid UTF-8 text, without the quotes.
    mutating func append(_ chunk: some Collection<UInt8>, final: Bool, to output: inout [UInt8]) {
        scanner.scan(chunk, final: final) { piece in
            switch piece {
            case .invalid: output += Array("\\ufffd".utf8)
            case .scalar(let scalar, let bytes):
                switch scalar.value {
                case 0x22: output += Array("\\\"".utf8)
                case 0x5C: output += Array("\\\\".utf8)
                case 0x0A: output += Array("\\n".utf8)
                case 0x0D: output += Array("\\r".utf8)
                case 0x09: output += Array("\\t".utf8)
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029:
                    output += Array("\\u".utf8)
                    let value = scalar.value
                    ByteText.appendHex([UInt8(value >> 8), UInt8(value & 0xFF)], to: &output)
                default: output += bytes
                }
            }
        }
    }
}
