import Foundation
import Ommi

/// Text typed for a column, as the column stores it: whole numbers for integer columns, numbers
/// for real and numeric ones, `true`/`false` (or 1/0, yes/no) for booleans, and dates and times
/// in the ISO forms both SQLite and PostgreSQL accept. Text that does not fit is a problem in
/// words (`takes a whole number`), never a write the database would refuse or store oddly.
enum TypedValue {
    static func parse(_ text: String, for field: FieldSchema) -> Result<DatabaseValue, TypedValueProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let declared = field.declaredType.uppercased()
        if declared.contains("BOOL") {
            switch trimmed.lowercased() {
            case "true", "t", "yes", "y", "1": return .success(.integer(1))
            case "false", "f", "no", "n", "0": return .success(.integer(0))
            default: return .failure(TypedValueProblem("takes true or false"))
            }
        }
        if let form = TemporalForm(declared: declared) {
            return form.accepts(trimmed)
                ? .success(.text(trimmed)) : .failure(TypedValueProblem("takes \(form.example)"))
        }
        switch field.type {
        case .integer:
            guard let number = Int64(trimmed) else { return .failure(TypedValueProblem("takes a whole number")) }
            return .success(.integer(number))
        case .real:
            guard let number = Double(trimmed), number.isFinite else {
                return .failure(TypedValueProblem("takes a number"))
            }
            return .success(.real(number))
        case .any where ["NUM", "DEC", "MONEY"].contains(where: declared.contains):
            if let number = Int64(trimmed) { return .success(.integer(number)) }
            if let number = Double(trimmed), number.isFinite { return .success(.real(number)) }
            return .failure(TypedValueProblem("takes a number"))
        case .blob:
            return .failure(TypedValueProblem("holds bytes, which cannot be typed"))
        default:
            return .success(.text(text))
        }
    }

    /// A value as the editor shows it for changing: NULL as nothing, the rest as written.
    static func editable(_ value: DatabaseValue) -> String {
        value.isNull ? "" : ValueText.plain(value)
    }
}

/// Why typed text does not fit a column: `takes a whole number`.
struct TypedValueProblem: Error, Sendable, Equatable {
    var problem: String
    init(_ problem: String) { self.problem = problem }
}

/// The date and time forms a column declared `DATE`, `TIME`, `TIMESTAMP` or `DATETIME` takes.
enum TemporalForm {
    case date, time, timestamp

    init?(declared: String) {
        if declared.contains("TIMESTAMP") || declared.contains("DATETIME") {
            self = .timestamp
        } else if declared.contains("DATE") {
            self = .date
        } else if declared.hasPrefix("TIME") {
            self = .time
        } else {
            return nil
        }
    }

    var example: String {
        switch self {
        case .date: "a date like 2024-01-31"
        case .time: "a time like 13:45 or 13:45:30"
        case .timestamp: "a date and time like 2024-01-31 13:45:30"
        }
    }

    /// Whether `text` is a valid date, time, or date and time (with optional fraction and zone).
    func accepts(_ text: String) -> Bool {
        switch self {
        case .date: return Self.date(text)
        case .time: return Self.time(text)
        case .timestamp:
            if Self.date(text) { return true }
            guard text.count > 11 else { return false }
            let split = text.index(text.startIndex, offsetBy: 10)
            guard text[split] == " " || text[split] == "T" else { return false }
            return Self.date(String(text[..<split])) && Self.time(String(text[text.index(after: split)...]))
        }
    }

    private static func date(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        var components = DateComponents()
        components.year = year
        components.month = month
        let calendar = Calendar(identifier: .gregorian)
        guard let first = calendar.date(from: components), let days = calendar.range(of: .day, in: .month, for: first)
        else {
            return false
        }
        return days.contains(day)
    }

    /// `HH:MM`, `HH:MM:SS`, `HH:MM:SS.fff`, then an optional `Z` or `±HH:MM` zone.
    private static func time(_ text: String) -> Bool {
        var clock = Substring(text)
        if clock.hasSuffix("Z") {
            clock = clock.dropLast()
        } else if clock.count > 6, let sign = clock.dropLast(5).last, sign == "+" || sign == "-" {
            guard zone(clock.suffix(5)) else { return false }
            clock = clock.dropLast(6)
        }
        let parts = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), parts[0].count == 2, parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return false }
        guard parts.count == 3 else { return true }
        let seconds = parts[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard seconds[0].count == 2, let second = Int(seconds[0]), (0..<61).contains(second) else { return false }
        return seconds.count == 1 || (!seconds[1].isEmpty && seconds[1].allSatisfy(\.isNumber))
    }

    private static func zone(_ text: Substring) -> Bool {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]) else { return false }
        return (0..<24).contains(hours) && (0..<60).contains(minutes)
    }
}
