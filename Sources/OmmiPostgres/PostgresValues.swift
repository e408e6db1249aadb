#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO

/// Values cross to PostgreSQL as text, the form every type reads: each parameter is sent
/// untyped, the server types it from where it stands in the statement, so `1` binds to a BOOLEAN
/// column as true, `2024-05-01 10:00:00` to a TIMESTAMPTZ (the session's time zone is UTC) and
/// `\x0a0b` to a BYTEA: the same five storage classes that SQLite takes.
enum PostgresValues {
    static func bindings(_ values: [DatabaseValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let integer): bindings.append(TextParameter(String(integer)))
            case .real(let real): bindings.append(TextParameter(String(real)))
            case .text(let string): bindings.append(TextParameter(string))
            case .blob(let data): bindings.append(TextParameter(hex(data)))
            }
        }
        return bindings
    }

    /// BYTEA's text input form, `\x` and two hex digits a byte.
    private static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var bytes: [UInt8] = [UInt8(ascii: "\\"), UInt8(ascii: "x")]
        bytes.reserveCapacity(2 + data.count * 2)
        for byte in data {
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A parameter in text form with no type of its own (OID 0), so the server infers it.
struct TextParameter: PostgresDynamicTypeEncodable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var psqlType: PostgresDataType { .null }
    var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeString(text)
    }
}
#endif
