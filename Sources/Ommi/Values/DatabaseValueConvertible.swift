import Foundation

/// A Swift type that a model may store in a column.
///
/// Each conforming type states the column type it is stored as, converts itself to a
/// ``DatabaseValue`` for binding and decodes itself from a row. A value that cannot represent what
/// the database holds decodes to `nil`, which the caller turns into an error naming the column.
public protocol DatabaseValueConvertible: Sendable {
    /// The column type a table column of this Swift type is created with.
    static var columnType: ColumnType { get }
    /// The SQL type name a column of this Swift type declares, where a database tells more types
    /// apart than the four of ``ColumnType`` (`BOOLEAN`, `TIMESTAMP`); ``columnType``'s name by default.
    static var declaredTypeName: String { get }
    /// Whether NULL is a valid value (true only for optionals).
    static var isNullable: Bool { get }
    /// The value to bind for this Swift value.
    var databaseValue: DatabaseValue { get }
    /// The Swift value for a database value, or nil when it cannot be represented exactly.
    static func fromDatabaseValue(_ value: DatabaseValue) -> Self?
    /// Reads the value directly from a result column; the default goes through ``DatabaseValue``.
    static func decode(from reader: any RowReader, at index: Int) -> Self?
}

extension DatabaseValueConvertible {
    /// Not nullable: only `Optional` stores NULL.
    public static var isNullable: Bool { false }
    /// The name of ``columnType``.
    public static var declaredTypeName: String { columnType.rawValue }

    /// Reads the column as a ``DatabaseValue`` and converts it with ``fromDatabaseValue(_:)``.
    @inlinable
    public static func decode(from reader: any RowReader, at index: Int) -> Self? {
        fromDatabaseValue(reader.value(at: index))
    }
}

extension Int64: DatabaseValueConvertible {
    /// Stored as an integer.
    public static var columnType: ColumnType { .integer }
    /// The integer itself.
    public var databaseValue: DatabaseValue { .integer(self) }

    /// An integer; a real without a fractional part that fits; text that spells an integer.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int64? {
        switch value {
        case .integer(let int): return int
        case .real(let real):
            guard real.rounded() == real, let exact = Int64(exactly: real) else { return nil }
            return exact
        case .text(let text): return Int64(text)
        case .null, .blob: return nil
        }
    }

    /// Reads a stored integer without going through ``DatabaseValue``.
    @inlinable
    public static func decode(from reader: any RowReader, at index: Int) -> Int64? {
        if let int = reader.integerIfStored(at: index) { return int }
        return fromDatabaseValue(reader.value(at: index))
    }
}

extension Int: DatabaseValueConvertible {
    /// Stored as a 64-bit integer.
    public static var columnType: ColumnType { .integer }
    /// The integer, widened to 64 bits.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }

    /// The value as `Int64` reads it, when it fits.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int? {
        Int64.fromDatabaseValue(value).flatMap { Int(exactly: $0) }
    }

    /// Reads a stored integer without going through ``DatabaseValue``.
    @inlinable
    public static func decode(from reader: any RowReader, at index: Int) -> Int? {
        if let int = reader.integerIfStored(at: index) { return Int(exactly: int) }
        return fromDatabaseValue(reader.value(at: index))
    }
}

extension Int32: DatabaseValueConvertible {
    /// Stored as an integer.
    public static var columnType: ColumnType { .integer }
    /// The integer, widened to 64 bits.
    public var databaseValue: DatabaseValue { .integer(Int64(self)) }

    /// The value as `Int64` reads it, when it fits in 32 bits.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Int32? {
        Int64.fromDatabaseValue(value).flatMap { Int32(exactly: $0) }
    }
}

extension Double: DatabaseValueConvertible {
    /// Stored as a real.
    public static var columnType: ColumnType { .real }
    /// The number itself.
    public var databaseValue: DatabaseValue { .real(self) }

    /// A real; an integer that a `Double` holds exactly; text that spells a number.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Double? {
        switch value {
        case .real(let real): return real
        case .integer(let int): return Double(int)
        case .text(let text): return Double(text)
        case .null, .blob: return nil
        }
    }

    /// Reads a stored real (or integer) without going through ``DatabaseValue``.
    @inlinable
    public static func decode(from reader: any RowReader, at index: Int) -> Double? {
        if let real = reader.realIfStored(at: index) { return real }
        return fromDatabaseValue(reader.value(at: index))
    }
}

extension Bool: DatabaseValueConvertible {
    /// Stored as the integers 0 and 1.
    public static var columnType: ColumnType { .integer }
    /// Declared `BOOLEAN`, which PostgreSQL keeps as its own type and SQLite as an integer.
    public static var declaredTypeName: String { "BOOLEAN" }
    /// 1 for true, 0 for false.
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }

    /// A number (nonzero is true), or the texts `1`, `true`, `t`, `yes` and `0`, `false`, `f`, `no` in any case.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Bool? {
        switch value {
        case .integer(let int): return int != 0
        case .real(let real): return real != 0
        case .text(let text):
            switch text.lowercased() {
            case "1", "true", "t", "yes": return true
            case "0", "false", "f", "no": return false
            default: return nil
            }
        case .null, .blob: return nil
        }
    }

    /// Reads a stored 0 or 1 without going through ``DatabaseValue``.
    @inlinable
    public static func decode(from reader: any RowReader, at index: Int) -> Bool? {
        if let int = reader.integerIfStored(at: index) { return int != 0 }
        return fromDatabaseValue(reader.value(at: index))
    }
}

extension String: DatabaseValueConvertible {
    /// Stored as text.
    public static var columnType: ColumnType { .text }
    /// The text itself.
    public var databaseValue: DatabaseValue { .text(self) }

    /// Text, or a number as its decimal text; never a BLOB or NULL.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> String? {
        switch value {
        case .text(let text): return text
        case .integer(let int): return String(int)
        case .real(let real): return String(real)
        case .null, .blob: return nil
        }
    }

    /// Reads stored text without going through ``DatabaseValue``.
    @inlinable
    public static func decode(from reader: any RowReader, at index: Int) -> String? {
        if let text = reader.textIfStored(at: index) { return text }
        return fromDatabaseValue(reader.value(at: index))
    }
}

extension Data: DatabaseValueConvertible {
    /// Stored as a BLOB.
    public static var columnType: ColumnType { .blob }
    /// The bytes themselves.
    public var databaseValue: DatabaseValue { .blob(self) }

    /// The bytes of a BLOB, or the UTF-8 bytes of text.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Data? {
        switch value {
        case .blob(let data): return data
        case .text(let text): return Data(text.utf8)
        case .null, .integer, .real: return nil
        }
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    /// The column type of the wrapped type, which may hold NULL.
    public static var columnType: ColumnType { Wrapped.columnType }
    /// The declared type of the wrapped type.
    public static var declaredTypeName: String { Wrapped.declaredTypeName }
    /// Nullable: `nil` is stored as NULL.
    public static var isNullable: Bool { true }

    /// NULL for `nil`, otherwise the wrapped value's.
    public var databaseValue: DatabaseValue {
        switch self {
        case .none: .null
        case .some(let wrapped): wrapped.databaseValue
        }
    }

    /// `.some(nil)` for NULL, otherwise the wrapped type's conversion (nil when it fails).
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Wrapped?? {
        if value.isNull { return .some(nil) }
        return Wrapped.fromDatabaseValue(value).map { .some($0) }
    }

    /// `.some(nil)` for NULL, otherwise the wrapped type's own reading.
    @inlinable
    public static func decode(from reader: any RowReader, at index: Int) -> Wrapped?? {
        if reader.isNull(at: index) { return .some(nil) }
        return Wrapped.decode(from: reader, at: index).map { .some($0) }
    }
}
