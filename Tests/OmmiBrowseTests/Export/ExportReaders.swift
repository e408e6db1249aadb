import Foundation

/// A value as a test reads it back from an export, to compare with the bytes the database holds.
enum ReadValue: Equatable, CustomStringConvertible {
    case null
    /// A number, as the text that spells it.
    case number(String)
    case text([UInt8])
    case blob([UInt8])

    var description: String {
        switch self {
        case .null: "NULL"
        case .number(let text): "number \(text)"
        case .text(let bytes):
            "text \(bytes.count) bytes \(bytes.prefix(16).map { String(format: "%02x", $0) }.joined())"
        case .blob(let bytes): "blob \(bytes.count) bytes"
        }
    }
}

/// Readers for every export format, written for the tests from the formats' definitions, so
/// that what the exporter writes is checked by code that does not share its logic.
enum ExportReaders {
    /// RFC 4180, strictly: records end in CRLF, a quoted field doubles its quotes, and anything
    /// else (a bare quote, a lone CR or LF outside quotes) is an error.
    static func csv(_ data: Data) throws -> [[(bytes: [UInt8], quoted: Bool)]] {
        let bytes = [UInt8](data)
        var records: [[(bytes: [UInt8], quoted: Bool)]] = []
        var record: [(bytes: [UInt8], quoted: Bool)] = []
        var index = 0
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        let cr: UInt8 = 0x0D
        let lf: UInt8 = 0x0A
        while index < bytes.count {
            var field: [UInt8] = []
            var quoted = false
            if bytes[index] == quote {
                quoted = true
                index += 1
                while true {
                    guard index < bytes.count else { throw ReadError("unclosed quote") }
                    if bytes[index] == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            field.append(quote)
                            index += 2
                        } else {
                            index += 1
                            break
                        }
                    } else {
                        field.append(bytes[index])
                        index += 1
                    }
                }
            } else {
                while index < bytes.count, bytes[index] != comma, bytes[index] != cr {
                    guard bytes[index] != quote, bytes[index] != lf else {
                        throw ReadError("bare quote or LF at \(index)")
                    }
                    field.append(bytes[index])
                    index += 1
                }
            }
            record.append((field, quoted))
            guard index < bytes.count else { throw ReadError("last record without CRLF") }
            if bytes[index] == comma {
                index += 1
            } else if bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf {
                index += 2
                records.append(record)
                record = []
            } else {
                throw ReadError("unexpected byte \(bytes[index]) after a field at \(index)")
            }
        }
        return records
    }

    /// A CSV field as the export defines it: quoted text, an empty field NULL, `\B` and hex a
    /// BLOB, anything else a number.
    static func csvValue(_ field: (bytes: [UInt8], quoted: Bool)) throws -> ReadValue {
        if field.quoted { return .text(field.bytes) }
        if field.bytes.isEmpty { return .null }
        if field.bytes.starts(with: Array("\\B".utf8)) { return .blob(try hex(field.bytes.dropFirst(2))) }
        return .number(String(decoding: field.bytes, as: UTF8.self))
    }

    /// TSV lines and fields, each field unescaped.
    static func tsv(_ data: Data) throws -> [[ReadValue]] {
        let bytes = [UInt8](data)
        guard bytes.last == 0x0A else { throw ReadError("TSV does not end with a line feed") }
        return try bytes.dropLast().split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            try line.split(separator: 0x09, omittingEmptySubsequences: false).map(tsvValue)
        }
    }

    /// A TSV field: `\N` NULL, `\B` and hex a BLOB, else text with `\\ \t \n \r \xHH` undone.
    /// Numbers read as text: TSV does not tell them apart.
    static func tsvValue(_ field: ArraySlice<UInt8>) throws -> ReadValue {
        if field.elementsEqual("\\N".utf8) { return .null }
        if field.starts(with: Array("\\B".utf8)) { return .blob(try hex(field.dropFirst(2))) }
        var bytes: [UInt8] = []
        var index = field.startIndex
        while index < field.endIndex {
            let byte = field[index]
            guard byte == 0x5C else {
                guard byte >= 0x20, byte != 0x7F else { throw ReadError("raw control byte \(byte) in TSV") }
                bytes.append(byte)
                index += 1
                continue
            }
            guard index + 1 < field.endIndex else { throw ReadError("dangling backslash") }
            switch field[index + 1] {
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "x"):
                guard index + 3 < field.endIndex else { throw ReadError("short \\x escape") }
                bytes += try hex(field[(index + 2)...(index + 3)])
                index += 2
            default: throw ReadError("unknown escape")
            }
            index += 2
        }
        return .text(bytes)
    }

    /// A JSON value as the export defines it.
    static func jsonValue(_ value: Any) throws -> ReadValue {
        switch value {
        case is NSNull: return .null
        case let text as String: return .text(Array(text.utf8))
        case let number as NSNumber: return .number(number.stringValue)
        case let object as [String: Any]:
            if let encoded = object["base64"] as? String, let data = Data(base64Encoded: encoded) {
                return .blob([UInt8](data))
            }
            if let encoded = object["textBase64"] as? String, let data = Data(base64Encoded: encoded) {
                return .text([UInt8](data))
            }
            throw ReadError("unknown object \(object.keys)")
        default: throw ReadError("unexpected JSON value \(value)")
        }
    }

    static func hex(_ digits: some Collection<UInt8>) throws -> [UInt8] {
        let text = String(decoding: digits, as: UTF8.self)
        guard text.count % 2 == 0 else { throw ReadError("odd hex") }
        var bytes: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16) else { throw ReadError("bad hex") }
            bytes.append(byte)
            index = next
        }
        return bytes
    }
}

struct ReadError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
