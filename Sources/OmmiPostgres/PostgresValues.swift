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
            case .blob(let data): bindings.append(TextParameter(PostgresText.hex(data, prefix: "\\x")))
            }
        }
        return bindings
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
