#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO

/// A result row of PostgreSQL read as the five storage classes: integers as INTEGER, booleans as
/// `true` and `false` (and as 1 and 0 to a model's `Bool`, through ``integerIfStored(at:)``),
/// floats as REAL, BYTEA as BLOB, timestamps as the core's date text, and every other
/// type as the text the server itself would write for it (see ``PostgresBinaryValue``).
final class PostgresRowReader: RowReader {
    private var cells: PostgresRandomAccessRow

    init(_ row: PostgresRow) {
        cells = PostgresRandomAccessRow(row)
    }

    /// Moves to another row of the same result.
    func read(_ row: PostgresRow) {
        cells = PostgresRandomAccessRow(row)
    }

    var columnCount: Int { cells.count }

    func columnName(at index: Int) -> String { cells[index].columnName }

    func isNull(at index: Int) -> Bool { cells[index].bytes == nil }

    func integerIfStored(at index: Int) -> Int64? {
        let cell = cells[index]
        guard let bytes = cell.bytes, cell.format == .binary else { return nil }
        return PostgresBinaryValue.integer(cell.dataType, bytes)
    }

    func realIfStored(at index: Int) -> Double? {
        let cell = cells[index]
        guard let bytes = cell.bytes, cell.format == .binary else { return nil }
        return PostgresBinaryValue.real(cell.dataType, bytes)
    }

    func textIfStored(at index: Int) -> String? {
        let cell = cells[index]
        guard let bytes = cell.bytes, cell.format == .text || PostgresBinaryValue.isText(cell.dataType) else {
            return nil
        }
        return String(decoding: bytes.readableBytesView, as: UTF8.self)
    }

    func value(at index: Int) -> DatabaseValue {
        let cell = cells[index]
        guard let bytes = cell.bytes else { return .null }
        if cell.format == .text { return .text(String(decoding: bytes.readableBytesView, as: UTF8.self)) }
        if cell.dataType == .bool, let flag = PostgresBinaryValue.integer(.bool, bytes) {
            return .text(flag == 0 ? "false" : "true")
        }
        return PostgresBinaryValue.value(cell.dataType, bytes)
    }
}

/// PostgreSQL's binary form of a value, read as one of the five storage classes.
///
/// Numbers keep their class; what has no class of its own (exact decimals, dates, times,
/// intervals, UUIDs, JSON, enums, arrays) becomes the text the server writes for it with its
/// default settings, so the browser shows what `psql` shows. Bytes of a type this reader does
/// not know come back as text when they read as text, and as a BLOB otherwise: never a crash,
/// never a value made up.
enum PostgresBinaryValue {
    static func value(_ type: PostgresDataType, _ bytes: ByteBuffer) -> DatabaseValue {
        if let integer = integer(type, bytes) { return .integer(integer) }
        if let real = real(type, bytes) { return .real(real) }
        let decoded: DatabaseValue? =
            switch type {
            case .bytea: .blob(Data(bytes.readableBytesView))
            case .timestamptz, .timestamp: int64(bytes).map(timestamp)
            case .date: int32(bytes).map { .text(PostgresText.date(days: $0)) }
            case .time: int64(bytes).map { .text(PostgresText.time(microseconds: $0)) }
            case .timetz: timeWithZone(bytes)
            case .interval: interval(bytes)
            case .numeric: PostgresText.numeric(bytes).map(DatabaseValue.text)
            case .uuid: uuid(bytes)
            case .jsonb: bytes.getInteger(at: bytes.readerIndex, as: UInt8.self) == 1 ? text(bytes, from: 1) : nil
            default: isText(type) ? text(bytes, from: 0) : nil
            }
        return decoded ?? unknown(bytes)
    }

    /// The types whose binary form is their text.
    static func isText(_ type: PostgresDataType) -> Bool {
        type == .text || type == .varchar || type == .bpchar || type == .name || type == .json || type == .xml
            || type == .char
    }

    static func integer(_ type: PostgresDataType, _ bytes: ByteBuffer) -> Int64? {
        switch type {
        case .int8: int64(bytes)
        case .int4: int32(bytes).map(Int64.init)
        case .int2: bytes.getInteger(at: bytes.readerIndex, as: Int16.self).map(Int64.init)
        case .oid: bytes.getInteger(at: bytes.readerIndex, as: UInt32.self).map(Int64.init)
        case .bool: bytes.getInteger(at: bytes.readerIndex, as: UInt8.self).map { $0 == 0 ? 0 : 1 }
        default: nil
        }
    }

    /// A float as a double; a REAL keeps the decimal it shows (0.1, not 0.10000000149011612).
    static func real(_ type: PostgresDataType, _ bytes: ByteBuffer) -> Double? {
        switch type {
        case .float8:
            return bytes.getInteger(at: bytes.readerIndex, as: UInt64.self).map { Double(bitPattern: $0) }
        case .float4:
            guard let bits = bytes.getInteger(at: bytes.readerIndex, as: UInt32.self) else { return nil }
            let float = Float(bitPattern: bits)
            return float.isFinite ? Double("\(float)") ?? Double(float) : Double(float)
        default:
            return nil
        }
    }

    private static func int64(_ bytes: ByteBuffer) -> Int64? {
        bytes.getInteger(at: bytes.readerIndex, as: Int64.self)
    }

    private static func int32(_ bytes: ByteBuffer) -> Int32? {
        bytes.getInteger(at: bytes.readerIndex, as: Int32.self)
    }

    private static func text(_ bytes: ByteBuffer, from offset: Int) -> DatabaseValue? {
        guard let view = bytes.viewBytes(at: bytes.readerIndex + offset, length: bytes.readableBytes - offset) else {
            return nil
        }
        return .text(String(decoding: view, as: UTF8.self))
    }

    /// A timestamp as the core's date text, exact to the microsecond PostgreSQL keeps, so it
    /// decodes as a `Date`; the infinities as PostgreSQL spells them.
    private static func timestamp(_ microseconds: Int64) -> DatabaseValue {
        if let infinity = PostgresText.infinity(microseconds, positive: .max, negative: .min) { return .text(infinity) }
        let (seconds, fraction) = PostgresText.split(microseconds, by: 1_000_000)
        let whole = Date(timeIntervalSince1970: Double(seconds + PostgresText.epochOffset)).databaseValue
        guard fraction > 0, case .text(let text) = whole else { return whole }
        return .text(text + PostgresText.fraction(fraction))
    }

    private static func timeWithZone(_ bytes: ByteBuffer) -> DatabaseValue? {
        guard let microseconds = int64(bytes), let zone = bytes.getInteger(at: bytes.readerIndex + 8, as: Int32.self)
        else { return nil }
        return .text(PostgresText.time(microseconds: microseconds) + PostgresText.zone(secondsWest: zone))
    }

    private static func interval(_ bytes: ByteBuffer) -> DatabaseValue? {
        guard let microseconds = int64(bytes), let days = bytes.getInteger(at: bytes.readerIndex + 8, as: Int32.self),
            let months = bytes.getInteger(at: bytes.readerIndex + 12, as: Int32.self)
        else { return nil }
        return .text(PostgresText.interval(microseconds: microseconds, days: days, months: months))
    }

    private static func uuid(_ bytes: ByteBuffer) -> DatabaseValue? {
        guard bytes.readableBytes == 16, let raw = bytes.getBytes(at: bytes.readerIndex, length: 16) else { return nil }
        let hex = PostgresText.hex(raw)
        var text = ""
        for (index, character) in hex.enumerated() {
            if [8, 12, 16, 20].contains(index) { text.append("-") }
            text.append(character)
        }
        return .text(text)
    }

    /// A value of a type this reader does not know: an enum label or another type sent as its
    /// text, an array (of any element type) as PostgreSQL writes arrays, or else the bytes.
    private static func unknown(_ bytes: ByteBuffer) -> DatabaseValue {
        let view = bytes.readableBytesView
        if let text = String(bytes: view, encoding: .utf8), !text.unicodeScalars.contains(where: isControl) {
            return .text(text)
        }
        if let array = PostgresArrayText(bytes: bytes, element: value)?.text { return .text(array) }
        return .blob(Data(view))
    }

    /// Characters that no text a person wrote contains, but binary numbers do.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0x7F
    }
}
#endif
