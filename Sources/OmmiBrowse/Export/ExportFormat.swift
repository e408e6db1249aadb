/// The formats rows are written in, by `--print` and by `w` in the browser.
///
/// - `tsv`: a line of column names, then a line per row, fields separated by tabs. NULL is `\N`;
///   text is escaped as ``VisibleEscapes`` says (reversibly: `\\`, `\t`, `\n`, `\r`, `\xHH`),
///   so it never carries a control character and a text that is not valid UTF-8 keeps its bytes;
///   a BLOB is `\B` followed by its bytes in hex.
/// - `csv`: RFC 4180, lines ending in CRLF, a header of column names. A text is always quoted,
///   with its bytes as stored (quotes doubled), so an empty text (`""`) differs from NULL (an
///   empty field) and a text that is not valid UTF-8 keeps its bytes; numbers are unquoted, and a
///   BLOB is unquoted `\B` followed by its bytes in hex.
/// - `json`: one array of objects, one per row, keyed by column name; `jsonl`: one such object
///   per line. NULL is `null`, numbers are numbers (NaN and infinities the strings `"NaN"`,
///   `"inf"`, `"-inf"`), a text is a string; a text that is not valid UTF-8 is
///   `{"textBase64": "…"}` and a BLOB `{"base64": "…"}`, each with the exact bytes in base64.
public enum ExportFormat: String, Sendable, CaseIterable {
    case tsv
    case csv
    case json
    case jsonl

    /// The format a file name's extension names, in any case; nil for any other extension.
    public init?(fileName: String) {
        guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return nil }
        self.init(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    }
}
