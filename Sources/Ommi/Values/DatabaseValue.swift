import Foundation

/// One value as a database stores it: the five storage classes that SQLite knows and that every
/// other backend can represent.
///
/// Dynamic models (the browser's rows) are arrays of these; typed models convert to and from
/// them only where a value must cross the driver boundary as data.
public enum DatabaseValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    /// Whether this is SQL NULL.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The storage class of the value, as a name a person reads in messages.
    public var storageClassName: String {
        switch self {
        case .null: "NULL"
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        case .blob: "BLOB"
        }
    }
}

extension DatabaseValue: CustomStringConvertible {
    /// The value as a message shows it: `NULL`, the number, the text quoted, or the size of the bytes.
    public var description: String {
        switch self {
        case .null: "NULL"
        case .integer(let value): String(value)
        case .real(let value): String(value)
        case .text(let value): String(reflecting: value)
        case .blob(let data): "<\(data.count) bytes>"
        }
    }
}

extension DatabaseValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    /// `nil` is NULL.
    public init(nilLiteral: ()) { self = .null }
    /// An integer literal is an integer.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// A floating-point literal is a real.
    public init(floatLiteral value: Double) { self = .real(value) }
    /// A string literal is text.
    public init(stringLiteral value: String) { self = .text(value) }
    /// `true` is 1 and `false` is 0, as a `Bool` field stores them.
    public init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
}
