import Ommi

/// How one format frames rows and writes the values that need no reading of their own: the
/// parts of ``ExportFormat``'s description that are about structure.
struct ExportEncoder {
    let format: ExportFormat
    let columns: [String]

    /// Before the first row: the header line of TSV and CSV, JSON's opening bracket.
    var header: [UInt8] {
        switch format {
        case .tsv:
            var line: [UInt8] = []
            for (index, column) in columns.enumerated() {
                if index > 0 { line.append(0x09) }
                var escaper = VisibleEscapes(reversible: true)
                escaper.append(column.utf8, final: true, to: &line)
            }
            return line + [0x0A]
        case .csv: return Array(columns.map(Self.csvName).joined(separator: ",").utf8) + [0x0D, 0x0A]
        case .json: return [UInt8(ascii: "[")]
        case .jsonl: return []
        }
    }

    func rowStart(_ index: Int) -> [UInt8] {
        switch format {
        case .tsv, .csv: []
        case .json: Array((index == 0 ? "\n{" : ",\n{").utf8)
        case .jsonl: [UInt8(ascii: "{")]
        }
    }

    /// Before the value of column `position`: a separator, and JSON's member name.
    func fieldStart(_ position: Int) -> [UInt8] {
        switch format {
        case .tsv: position == 0 ? [] : [0x09]
        case .csv: position == 0 ? [] : [UInt8(ascii: ",")]
        case .json, .jsonl:
            (position == 0 ? [] : [UInt8(ascii: ",")]) + JSONText.string(columns[position]) + [UInt8(ascii: ":")]
        }
    }

    var rowEnd: [UInt8] {
        switch format {
        case .tsv: [0x0A]
        case .csv: [0x0D, 0x0A]
        case .json: [UInt8(ascii: "}")]
        case .jsonl: Array("}\n".utf8)
        }
    }

    func footer(rows: Int) -> [UInt8] {
        format == .json ? Array((rows == 0 ? "]\n" : "\n]\n").utf8) : []
    }

    /// NULL and numbers.
    func scalar(_ value: StoredValue) -> [UInt8] {
        switch (format, value) {
        case (.tsv, .null): Array("\\N".utf8)
        case (.csv, .null): []
        case (.json, .null), (.jsonl, .null): Array("null".utf8)
        case (_, .integer(let number)): Array(String(number).utf8)
        case (.json, .real(let number)), (.jsonl, .real(let number)):
            number.isFinite ? Array(String(number).utf8) : JSONText.string(ValueText.real(number))
        case (_, .real(let number)): Array(ValueText.real(number).utf8)
        case (_, .bytes): []
        }
    }

    /// A column name in a CSV header, quoted when it holds a comma, quote or line break.
    private static func csvName(_ name: String) -> String {
        guard name.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return name }
        return "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
