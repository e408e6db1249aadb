import Ommi

/// Writes one text or BLOB value, handed over a chunk at a time, as its format says (see
/// ``ExportFormat``).
struct BytesEncoder {
    private enum Form {
        case tsvText(VisibleEscapes)
        case csvText
        case jsonText(JSONText)
        case hex
        case base64(ByteText.Base64)
    }

    private var form: Form
    private let opening: String
    private let closing: String

    /// An encoder for a value of `kind`; `isValidText` says whether a text is well-formed UTF-8
    /// (JSON marks one that is not).
    init(_ format: ExportFormat, kind: StoredBytes.Kind, isValidText: Bool) {
        switch (format, kind) {
        case (.tsv, .text): (form, opening, closing) = (.tsvText(VisibleEscapes(reversible: true)), "", "")
        case (.csv, .text): (form, opening, closing) = (.csvText, "\"", "\"")
        case (.tsv, .blob), (.csv, .blob): (form, opening, closing) = (.hex, "\\B", "")
        case (.json, .text) where isValidText, (.jsonl, .text) where isValidText:
            (form, opening, closing) = (.jsonText(JSONText()), "\"", "\"")
        case (.json, .text), (.jsonl, .text):
            (form, opening, closing) = (.base64(ByteText.Base64()), "{\"textBase64\":\"", "\"}")
        case (.json, .blob), (.jsonl, .blob):
            (form, opening, closing) = (.base64(ByteText.Base64()), "{\"base64\":\"", "\"}")
        }
    }

    /// Whether the format writes a text differently when it is not valid UTF-8, so that its
    /// validity must be known before the first chunk is written.
    static func needsValidity(_ format: ExportFormat) -> Bool {
        format == .json || format == .jsonl
    }

    var start: [UInt8] { Array(opening.utf8) }
    var end: [UInt8] { Array(closing.utf8) }

    /// Appends a chunk of the value; `final` marks its last chunk.
    mutating func append(_ chunk: some Collection<UInt8>, final: Bool, to output: inout [UInt8]) {
        switch form {
        case .tsvText(var escaper):
            escaper.append(chunk, final: final, to: &output)
            form = .tsvText(escaper)
        case .csvText:
            for byte in chunk {
                output.append(byte)
                if byte == UInt8(ascii: "\"") { output.append(byte) }
            }
        case .jsonText(var writer):
            writer.append(chunk, final: final, to: &output)
            form = .jsonText(writer)
        case .hex:
            ByteText.appendHex(chunk, to: &output)
        case .base64(var encoder):
            encoder.append(chunk, final: final, to: &output)
            form = .base64(encoder)
        }
    }
}
