import Foundation

/// Dates are stored as UTC text, `YYYY-MM-DD HH:MM:SS.fraction`, which sorts in time order, reads
/// well in any other program, and keeps every bit of the `Date`: the fraction is written with as
/// many digits as the double needs to be read back exactly.
extension Date: DatabaseValueConvertible {
    /// Stored as text.
    public static var columnType: ColumnType { .text }
    /// Declared `TIMESTAMP`.
    public static var declaredTypeName: String { "TIMESTAMP" }

    /// UTC text, `YYYY-MM-DD HH:MM:SS.fraction`, which sorts as the dates do.
    public var databaseValue: DatabaseValue { .text(DateText.format(self)) }

    /// Text in the stored form, or a number of seconds since 1970.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> Date? {
        switch value {
        case .text(let text): DateText.parse(text)
        case .real(let seconds): Date(timeIntervalSince1970: seconds)
        case .integer(let seconds): Date(timeIntervalSince1970: Double(seconds))
        case .null, .blob: nil
        }
    }
}

/// The text form of dates, exact in both directions.
enum DateText {
    /// Seconds from 1970-01-01 to the reference date of `Date` (2001-01-01).
    private static let referenceOffset: Int64 = 978_307_200

    static func format(_ date: Date) -> String {
        let interval = date.timeIntervalSinceReferenceDate
        let whole = interval.rounded(.down)
        let fraction = interval - whole
        let unixSeconds = Int64(whole) + referenceOffset
        var text = civilText(unixSeconds: unixSeconds)
        if fraction > 0 { text += plainDecimalFraction(fraction) }
        return text
    }

    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: ".", maxSplits: 1)
        guard let unixSeconds = unixSeconds(civil: String(parts[0])) else { return nil }
        var fraction = 0.0
        if parts.count == 2 {
            var digits = String(parts[1])
            if digits.hasSuffix("Z") { digits.removeLast() }
            guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let value = Double("0." + digits) else {
                return nil
            }
            fraction = value
        }
        let whole = Double(unixSeconds - referenceOffset)
        return Date(timeIntervalSinceReferenceDate: whole + fraction)
    }

    /// `.123` for a fraction in (0, 1), with the shortest digits that read back as the same double.
    private static func plainDecimalFraction(_ fraction: Double) -> String {
        let shortest = "\(fraction)"
        guard let exponentMark = shortest.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return String(shortest.dropFirst())  // "0.123" -> ".123"
        }
        let mantissa = shortest[..<exponentMark].replacingOccurrences(of: ".", with: "")
        let exponent = Int(shortest[shortest.index(after: exponentMark)...]) ?? 0
        return "." + String(repeating: "0", count: max(0, -exponent - 1)) + mantissa
    }

    private static func civilText(unixSeconds: Int64) -> String {
        let days = floorDivide(unixSeconds, 86_400)
        let secondOfDay = unixSeconds - days * 86_400
        let (year, month, day) = civilDate(daysSinceEpoch: days)
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText =
            year >= 0 && year < 10_000 ? String(repeating: "0", count: 4 - "\(year)".count) + "\(year)" : "\(year)"
        return
            "\(yearText)-\(two(month))-\(two(day)) \(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))"
    }

    private static func unixSeconds(civil text: String) -> Int64? {
        let fields = text.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard fields.count == 2 else { return nil }
        let date = fields[0].split(separator: "-", omittingEmptySubsequences: false)
        let time = fields[1].replacingOccurrences(of: "Z", with: "").split(separator: ":")
        let negativeYear = date.first == ""
        let dateNumbers = date.filter { !$0.isEmpty }.compactMap { Int64($0) }
        let timeNumbers = time.compactMap { Int64($0) }
        guard dateNumbers.count == 3, timeNumbers.count == 3 else { return nil }
        let year = negativeYear ? -dateNumbers[0] : dateNumbers[0]
        let (month, day) = (dateNumbers[1], dateNumbers[2])
        guard (1...12).contains(month), (1...31).contains(day), (0..<24).contains(timeNumbers[0]),
            (0..<60).contains(timeNumbers[1]), (0..<61).contains(timeNumbers[2])
        else { return nil }
        let days = daysSinceEpoch(year: year, month: month, day: day)
        return days * 86_400 + timeNumbers[0] * 3600 + timeNumbers[1] * 60 + timeNumbers[2]
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (the well-known era-based formula).
    private static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let monthIndex = (month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(daysSinceEpoch days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
