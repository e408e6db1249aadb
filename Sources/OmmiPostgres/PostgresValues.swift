#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO

/// Values cross to PostgreSQL as text, the form every type reads: each parameter is sent
/// untyped, the server types it from where it stands in the statement, so `1` binds to a BOOLEAN
/// column as true, `2024-05-01 10:00:00` to a TIMESTAMPTZ (the session's time zone is UTC) and
/// `\x0a0b` to a BYTEA: the same five storage classes that SQLite takes.
///
/// Real numbers are the exception: they are declared DOUBLE PRECISION, since a parameter the
/// server typed as BIGINT from its column (`rank > $1`) cannot read `1.5`. Which parameters are
/// real is therefore part of a statement's shape (``shapeKey(_:_:)``).
enum PostgresValues {
    static func bindings(_ values: [DatabaseValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let integer): bindings.append(TextParameter(String(integer)))
            case .real(let real): bindings.append(TextParameter(String(real), type: .float8))
            case .text(let string): bindings.append(TextParameter(string))
            case .blob(let data): bindings.append(TextParameter(PostgresText.hex(data, prefix: "\\x")))
            }
        }
        return bindings
    }

    /// What names a prepared statement: its text, and the positions of its real parameters.
    static func shapeKey(_ sql: String, _ values: [DatabaseValue]) -> String {
        var key = sql
        for (index, value) in values.enumerated() {
            if case .real = value { key += "\u{0}\(index)" }
        }
        return key
    }
}

/// A parameter in text form, by default with no type of its own (OID 0) so the server infers it.
struct TextParameter: PostgresDynamicTypeEncodable {
    let text: String
    let psqlType: PostgresDataType

    init(_ text: String, type: PostgresDataType = .null) {
        self.text = text
        self.psqlType = type
    }

    var psqlFormat: PostgresFormat { .text }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeString(text)
    }
}
#endif
