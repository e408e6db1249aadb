/// The one definition of text made safe for a terminal by the script outputs (`--schema` text,
/// `--print` TSV, error messages): no control character reaches the terminal raw.
///
/// Tab, line feed and carriage return become `\t`, `\n` and `\r`; every other C0 control, DEL,
/// each byte of a C1 control (U+0080 to U+009F) and each byte that is not part of well-formed
/// UTF-8 become `\x` and two lowercase hex digits (ESC is `\x1b`, BEL `\x07`). Everything else
/// is kept. In the reversible form a backslash is written `\\`, so reading the escapes back
/// gives exactly the original bytes, valid UTF-8 or not.
public struct VisibleEscapes {
    private var scanner = UTF8Scanner()
    private let reversible: Bool

    /// An escaper for a value read a chunk at a time; `reversible` doubles backslashes.
    public init(reversible: Bool) {
        self.reversible = reversible
    }

    /// `text` with its control characters escaped.
    public static func escaping(_ text: String, reversible: Bool = false) -> String {
        var escaper = VisibleEscapes(reversible: reversible)
        var output: [UInt8] = []
        escaper.append(text.utf8, final: true, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the escaped form of `chunk`; `final` marks the value's last chunk. Runs of
    /// printable ASCII, which need no escape, are copied as they are; the bytes between them go
    /// through the UTF-8 scan. An ASCII byte never continues a sequence, so a sequence cut by one
    /// is judged as the scan of the whole value would judge it.
    public mutating func append(_ chunk: some Collection<UInt8>, final: Bool, to output: inout [UInt8]) {
        let bytes = Array(chunk)
        guard !bytes.isEmpty else {
            escape(bytes[...], final: final, to: &output)
            return
        }
        let reversible = reversible
        let plain = { (byte: UInt8) in (0x20...0x7E).contains(byte) && !(byte == 0x5C && reversible) }
        var index = 0
        while index < bytes.count {
            if plain(bytes[index]) {
                // What the last chunk left unfinished is ended by this byte.
                escape([], final: true, to: &output)
                let end = bytes[index...].firstIndex { !plain($0) } ?? bytes.count
                output.append(contentsOf: bytes[index..<end])
                index = end
            } else {
                let end = bytes[index...].firstIndex(where: plain) ?? bytes.count
                escape(bytes[index..<end], final: end < bytes.count || final, to: &output)
                index = end
            }
        }
    }

    /// Escapes bytes that are not all printable ASCII, scalar by scalar.
    private mutating func escape(_ bytes: ArraySlice<UInt8>, final: Bool, to output: inout [UInt8]) {
        let reversible = reversible
        scanner.scan(bytes, final: final) { piece in
            switch piece {
            case .invalid(let byte):
                Self.appendHex(byte, to: &output)
            case .scalar(let scalar, let bytes):
                switch scalar.value {
                case 0x09: output += [0x5C, 0x74]
                case 0x0A: output += [0x5C, 0x6E]
                case 0x0D: output += [0x5C, 0x72]
                case 0x5C where reversible: output += [0x5C, 0x5C]
                case 0x00...0x1F, 0x7F...0x9F:
                    for byte in bytes { Self.appendHex(byte, to: &output) }
                default:
                    output += bytes
                }
            }
        }
    }

    private static func appendHex(_ byte: UInt8, to output: inout [UInt8]) {
        output += [0x5C, 0x78]
        ByteText.appendHex(CollectionOfOne(byte), to: &output)
    }
}
