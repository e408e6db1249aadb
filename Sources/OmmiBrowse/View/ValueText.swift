import Foundation
import Ommi

/// Database values as text for the screen, before they are made terminal-safe.
enum ValueText {
    /// A value as a short text: NULL, numbers as written, BLOBs by size.
    static func plain(_ value: DatabaseValue) -> String {
        switch value {
        case .null: "NULL"
        case .integer(let number): String(number)
        case .real(let number): real(number)
        case .text(let text): text
        case .blob(let data): blob(size: data.count)
        }
    }

    /// A BLOB as a short text: `BLOB 4.0 MB`.
    static func blob(size bytes: Int) -> String { "BLOB " + size(bytes) }

    static func real(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        return String(number)
    }

    /// `512 B`, `3.2 KB`, `10.0 MB`.
    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) B" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return String(format: "%.1f %@", value, units[unit])
    }

    /// `1,000,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// Only the first line of a long text matters in a cell; cut it early so a 10 MB value costs
    /// no more than a short one.
    static func cellText(_ value: DatabaseValue, limit: Int = 512) -> String {
        guard case .text(let text) = value else { return plain(value) }
        return text.count > limit ? String(text.prefix(limit)) : text
    }
}
