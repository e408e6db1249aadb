#if PostgreSQL
import Foundation
import Ommi
import PostgresNIO

/// The text PostgreSQL writes for values it sends in binary, with its default settings
/// (`DateStyle` ISO, `IntervalStyle` postgres): `12.50` for a NUMERIC(8,2), `2024-02-29` for a
/// DATE, `1 year 2 mons 3 days 04:05:06.5` for an INTERVAL.
enum PostgresText {
    /// Seconds from 1970 to PostgreSQL's epoch, 2000-01-01.
    static let epochOffset: Int64 = 946_684_800

    /// `value` divided by `divisor` rounded down, and the remainder, never negative.
    static func split(_ value: Int64, by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let quotient = value / divisor - (value % divisor < 0 ? 1 : 0)
        return (quotient, value - quotient * divisor)
    }

    /// `infinity` or `-infinity` for the values a date or timestamp uses for them.
    static func infinity<Value: FixedWidthInteger>(_ value: Value, positive: Value, negative: Value) -> String? {
        value == positive ? "infinity" : value == negative ? "-infinity" : nil
    }

    /// `.5` for 500 000 microseconds: the digits of a fraction of a second, without trailing zeros.
    static func fraction(_ microseconds: Int64) -> String {
        var digits = String(microseconds)
        digits = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "." + digits
    }

    /// A DATE, from its days since 2000-01-01.
    static func date(days: Int32) -> String {
        if let infinity = infinity(days, positive: .max, negative: .min) { return infinity }
        let midnight = Date(timeIntervalSince1970: Double(Int64(days) * 86_400 + epochOffset))
        guard case .text(let text) = midnight.databaseValue else { return String(days) }
        return String(text.prefix { $0 != " " })
    }

    /// A TIME, from its microseconds since midnight: `04:05:06.5`.
    static func time(microseconds: Int64) -> String {
        let (seconds, fraction) = split(microseconds, by: 1_000_000)
        return clock(hours: seconds / 3600, minutes: seconds / 60 % 60, seconds: seconds % 60)
            + (fraction > 0 ? self.fraction(fraction) : "")
    }

    /// The offset of a TIMETZ from UTC, from the seconds west of it that PostgreSQL keeps: `+02`,
    /// `-03:30`.
    static func zone(secondsWest: Int32) -> String {
        let east = -Int64(secondsWest)
        let size = abs(east)
        var text = (east < 0 ? "-" : "+") + twoDigits(size / 3600)
        if size % 3600 != 0 { text += ":" + twoDigits(size / 60 % 60) }
        if size % 60 != 0 { text += ":" + twoDigits(size % 60) }
        return text
    }

    /// An INTERVAL as PostgreSQL's default style writes it: `1 year 2 mons 3 days 04:05:06.5`,
    /// `-1 days +02:00:00`, `00:00:00`.
    static func interval(microseconds: Int64, days: Int32, months: Int32) -> String {
        var text = ""
        var previousWasNegative = false
        for (value, unit) in [(Int64(months / 12), "year"), (Int64(months % 12), "mon"), (Int64(days), "day")]
        where value != 0 {
            if !text.isEmpty { text += " " }
            if previousWasNegative && value > 0 { text += "+" }
            text += "\(value) \(unit)" + (value == 1 ? "" : "s")
            previousWasNegative = value < 0
        }
        guard text.isEmpty || microseconds != 0 else { return text }
        let size = microseconds.magnitude
        let seconds = Int64(size / 1_000_000)
        let sign = microseconds < 0 ? "-" : previousWasNegative ? "+" : ""
        let time = clock(hours: seconds / 3600, minutes: seconds / 60 % 60, seconds: seconds % 60)
        let fraction = Int64(size % 1_000_000)
        return text + (text.isEmpty ? "" : " ") + sign + time + (fraction > 0 ? self.fraction(fraction) : "")
    }

    /// A NUMERIC, from its base-10 000 digits, exactly as stored: `12.50`, `-0.001`, `NaN`.
    static func numeric(_ bytes: ByteBuffer) -> String? {
        var buffer = bytes
        guard let count = buffer.readInteger(as: Int16.self), let weight = buffer.readInteger(as: Int16.self),
            let sign = buffer.readInteger(as: UInt16.self), let scale = buffer.readInteger(as: Int16.self),
            count >= 0, scale >= 0
        else { return nil }
        var digits: [Int16] = []
        for _ in 0..<count {
            guard let digit = buffer.readInteger(as: Int16.self) else { return nil }
            digits.append(digit)
        }
        switch sign {
        case 0xC000: return "NaN"
        case 0xD000: return "Infinity"
        case 0xF000: return "-Infinity"
        case 0x0000, 0x4000: break
        default: return nil
        }
        func digit(_ index: Int) -> Int16 { digits.indices.contains(index) ? digits[index] : 0 }
        var text = sign == 0x4000 ? "-" : ""
        if weight < 0 {
            text += "0"
        } else {
            text += String(digit(0))
            for index in stride(from: 1, through: Int(weight), by: 1) { text += fourDigits(digit(index)) }
        }
        if scale > 0 {
            var fraction = ""
            var index = Int(weight) + 1
            while fraction.count < scale {
                fraction += fourDigits(digit(index))
                index += 1
            }
            text += "." + fraction.prefix(Int(scale))
        }
        return text
    }

    /// A double as PostgreSQL writes it within an array, for values between 10⁻⁴ and 10¹⁵:
    /// `1.5`, `100`, `Infinity`.
    static func float(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// Two lowercase hex digits a byte.
    static func hex(_ bytes: some Sequence<UInt8>, prefix: String = "") -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = Array(prefix.utf8)
        text.reserveCapacity(text.count + bytes.underestimatedCount * 2)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func clock(hours: Int64, minutes: Int64, seconds: Int64) -> String {
        twoDigits(hours) + ":" + twoDigits(minutes) + ":" + twoDigits(seconds)
    }

    private static func twoDigits(_ value: Int64) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    private static func fourDigits(_ value: Int16) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }
}

/// An array in PostgreSQL's text form, read from its binary form: `{1,2,NULL}`,
/// `{{1,2},{3,4}}`, `{"a b",c}`, `[0:1]={7,8}` for one that does not start at 1.
struct PostgresArrayText {
    let text: String

    /// Nil when the bytes are not an array.
    init?(bytes: ByteBuffer, element: (PostgresDataType, ByteBuffer) -> DatabaseValue) {
        var buffer = bytes
        guard let dimensionCount = buffer.readInteger(as: Int32.self), (0...6).contains(dimensionCount),
            let flags = buffer.readInteger(as: Int32.self), flags == 0 || flags == 1,
            let elementType = buffer.readInteger(as: UInt32.self).map({ PostgresDataType($0) })
        else { return nil }
        var sizes: [Int] = []
        var lowerBounds: [Int32] = []
        for _ in 0..<dimensionCount {
            guard let size = buffer.readInteger(as: Int32.self), size >= 0,
                let lowerBound = buffer.readInteger(as: Int32.self)
            else { return nil }
            sizes.append(Int(size))
            lowerBounds.append(lowerBound)
        }
        // Every element takes at least the four bytes of its length.
        var count = sizes.isEmpty ? 0 : 1
        for size in sizes {
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            guard !overflow, product <= buffer.readableBytes / 4 else { return nil }
            count = product
        }
        var elements: [String] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            guard let length = buffer.readInteger(as: Int32.self) else { return nil }
            if length == -1 {
                elements.append("NULL")
                continue
            }
            guard length >= 0, let bytes = buffer.readSlice(length: Int(length)) else { return nil }
            elements.append(Self.element(element(elementType, bytes), of: elementType))
        }
        guard buffer.readableBytes == 0 else { return nil }
        let bounds = zip(lowerBounds, sizes).map { lower, size in "[\(lower):\(Int(lower) + size - 1)]" }
        let decoration = lowerBounds.allSatisfy { $0 == 1 } ? "" : bounds.joined() + "="
        var rest = elements[...]
        text = decoration + (sizes.isEmpty ? "{}" : Self.nest(&rest, sizes[...]))
    }

    /// The elements of one dimension, each of them the next dimension or an element.
    private static func nest(_ elements: inout ArraySlice<String>, _ sizes: ArraySlice<Int>) -> String {
        guard let size = sizes.first else { return elements.popFirst() ?? "NULL" }
        let inner = sizes.dropFirst()
        return "{" + (0..<size).map { _ in nest(&elements, inner) }.joined(separator: ",") + "}"
    }

    /// An element as an array writes it, quoted when it would otherwise read as something else.
    private static func element(_ value: DatabaseValue, of type: PostgresDataType) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let integer): type == .bool ? (integer == 0 ? "f" : "t") : String(integer)
        case .real(let real): PostgresText.float(real)
        case .text(let text): quoted(text)
        case .blob(let data): quoted(PostgresText.hex(data, prefix: "\\x"))
        }
    }

    private static func quoted(_ text: String) -> String {
        let special: Set<Character> = ["{", "}", ",", "\"", "\\", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
        guard text.isEmpty || text.uppercased() == "NULL" || text.contains(where: special.contains) else { return text }
        var quoted = "\""
        for character in text {
            if character == "\"" || character == "\\" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "\""
    }
}
#endif
