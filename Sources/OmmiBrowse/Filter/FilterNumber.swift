import Ommi

/// Numbers as filters write them: an optional sign, digits with an optional fraction, and an
/// optional exponent (`42`, `-7`, `2.5`, `.5`, `1e6`). Nothing else is a number: not `inf`, not
/// `nan`, not hexadecimal, so such words stay text.
enum FilterNumber {
    enum Reading: Sendable, Hashable {
        case notANumber
        case number(DatabaseValue)
        /// Numeric, but too large for a finite real.
        case outOfRange
    }

    /// Reads a word. Whole numbers become integers when they fit 64 bits and reals otherwise, as
    /// SQLite reads such literals.
    static func read(_ word: String) -> Reading {
        guard let isWhole = wholeness(word) else { return .notANumber }
        if isWhole, let integer = Int64(word) { return .number(.integer(integer)) }
        guard let real = Double(word), real.isFinite else { return .outOfRange }
        return .number(.real(real))
    }

    /// Whether the word is a number without fraction or exponent, or nil when it is no number.
    private static func wholeness(_ word: String) -> Bool? {
        var scalars = word.unicodeScalars[...]
        if let first = scalars.first, first == "+" || first == "-" { scalars.removeFirst() }
        let integerDigits = digitCount(&scalars)
        var isWhole = true
        var fractionDigits = 0
        if scalars.first == "." {
            scalars.removeFirst()
            fractionDigits = digitCount(&scalars)
            isWhole = false
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if let marker = scalars.first, marker == "e" || marker == "E" {
            scalars.removeFirst()
            if let sign = scalars.first, sign == "+" || sign == "-" { scalars.removeFirst() }
            guard digitCount(&scalars) > 0 else { return nil }
            isWhole = false
        }
        return scalars.isEmpty ? isWhole : nil
    }

    private static func digitCount(_ scalars: inout Substring.UnicodeScalarView) -> Int {
        var count = 0
        while let scalar = scalars.first, ("0"..."9").contains(scalar) {
            scalars.removeFirst()
            count += 1
        }
        return count
    }
}
