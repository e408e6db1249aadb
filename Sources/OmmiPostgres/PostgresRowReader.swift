#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO

/// A result row of PostgreSQL read as the five storage classes: integers and booleans as
/// INTEGER, floats as REAL, BYTEA as BLOB, timestamps as the core's date text, NUMERIC and every
/// other type as its text.
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
        guard var bytes = cell.bytes else { return nil }
        return Self.integer(cell.dataType, &bytes)
    }

    func realIfStored(at index: Int) -> Double? {
        let cell = cells[index]
        guard var bytes = cell.bytes else { return nil }
        return Self.real(cell.dataType, &bytes)
    }

    func textIfStored(at index: Int) -> String? {
        let cell = cells[index]
        guard var bytes = cell.bytes, Self.isText(cell.dataType) else { return nil }
        return bytes.readString(length: bytes.readableBytes)
    }

    func value(at index: Int) -> DatabaseValue {
        let cell = cells[index]
        guard var bytes = cell.bytes else { return .null }
        if let integer = Self.integer(cell.dataType, &bytes) { return .integer(integer) }
        if let real = Self.real(cell.dataType, &bytes) { return .real(real) }
        switch cell.dataType {
        case .bytea:
            return .blob(Data(bytes.readableBytesView))
        case .timestamptz, .timestamp:
            guard let microseconds = bytes.readInteger(as: Int64.self) else { return .null }
            return Self.timestamp(microseconds)
        case .date:
            guard let days = bytes.getInteger(at: bytes.readerIndex, as: Int32.self) else { return .null }
            guard case .text(let text) = Self.timestamp(Int64(days) * 86_400_000_000) else { return .null }
            return .text(String(text.prefix(10)))
        case .numeric, .uuid:
            let data = PostgresData(type: cell.dataType, formatCode: .binary, value: bytes)
            guard let text = data.numeric?.string ?? data.uuid?.uuidString.lowercased() else { return .null }
            return .text(text)
        case .jsonb:
            bytes.moveReaderIndex(forwardBy: 1)
            return .text(String(decoding: bytes.readableBytesView, as: UTF8.self))
        default:
            let view = bytes.readableBytesView
            if let text = String(validating: view, as: UTF8.self) { return .text(text) }
            return .blob(Data(view))
        }
    }

    private static func isText(_ type: PostgresDataType) -> Bool {
        type == .text || type == .varchar || type == .bpchar || type == .name || type == .json
    }

    private static func integer(_ type: PostgresDataType, _ bytes: inout ByteBuffer) -> Int64? {
        switch type {
        case .int8: bytes.getInteger(at: bytes.readerIndex, as: Int64.self)
        case .int4: bytes.getInteger(at: bytes.readerIndex, as: Int32.self).map(Int64.init)
        case .int2: bytes.getInteger(at: bytes.readerIndex, as: Int16.self).map(Int64.init)
        case .oid: bytes.getInteger(at: bytes.readerIndex, as: UInt32.self).map(Int64.init)
        case .bool: bytes.getInteger(at: bytes.readerIndex, as: UInt8.self).map { $0 == 0 ? 0 : 1 }
        default: nil
        }
    }

    private static func real(_ type: PostgresDataType, _ bytes: inout ByteBuffer) -> Double? {
        switch type {
        case .float8: bytes.getInteger(at: bytes.readerIndex, as: UInt64.self).map { Double(bitPattern: $0) }
        case .float4: bytes.getInteger(at: bytes.readerIndex, as: UInt32.self).map { Double(Float(bitPattern: $0)) }
        default: nil
        }
    }

    /// Seconds from 1970 to PostgreSQL's epoch, 2000-01-01.
    private static let epochOffset: Int64 = 946_684_800

    /// A timestamp as the core's date text, exact to the microsecond PostgreSQL keeps.
    private static func timestamp(_ microseconds: Int64) -> DatabaseValue {
        let seconds = microseconds.floorDividing(by: 1_000_000)
        let fraction = microseconds - seconds * 1_000_000
        var text = Date(timeIntervalSince1970: Double(seconds + epochOffset)).databaseValue
        if fraction > 0, case .text(let whole) = text {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 6 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text = .text(whole + "." + digits)
        }
        return text
    }
}

extension Int64 {
    fileprivate func floorDividing(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }
}
#endif
