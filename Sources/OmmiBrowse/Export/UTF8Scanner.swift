/// Reads bytes as UTF-8 a chunk at a time, telling each well-formed character's scalar from each
/// byte that belongs to none, so a value read in windows is judged exactly as it would be whole.
struct UTF8Scanner {
    /// What one step of the scan found.
    enum Piece {
        /// A well-formed scalar and its bytes.
        case scalar(Unicode.Scalar, ArraySlice<UInt8>)
        /// A byte that starts no well-formed sequence.
        case invalid(UInt8)
    }

    /// The bytes at the end of the last chunk that may start a sequence the next chunk completes.
    private var carried: [UInt8] = []

    /// Whether every byte scanned so far was part of a well-formed sequence.
    private(set) var isValid = true

    /// Scans `chunk`; with `final`, a sequence still incomplete at its end is invalid bytes.
    mutating func scan(_ chunk: some Collection<UInt8>, final: Bool, _ visit: (Piece) -> Void) {
        let bytes = carried.isEmpty ? Array(chunk) : carried + chunk
        carried = []
        var index = 0
        while index < bytes.count {
            let length = Self.sequenceLength(bytes, at: index)
            switch length {
            case .complete(let count):
                let slice = bytes[index..<index + count]
                visit(.scalar(Self.scalar(slice), slice))
                index += count
            case .truncated where !final:
                carried = Array(bytes[index...])
                return
            case .truncated, .invalid:
                isValid = false
                visit(.invalid(bytes[index]))
                index += 1
            }
        }
    }

    private enum SequenceLength {
        case complete(Int)
        /// Well-formed so far, but the bytes end before the sequence does.
        case truncated
        case invalid
    }

    /// The length of the well-formed sequence at `index`, following the table of well-formed byte
    /// sequences in the Unicode standard (no overlong forms, surrogates or scalars past U+10FFFF).
    private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> SequenceLength {
        let lead = bytes[index]
        let count: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0x00...0x7F: return .complete(1)
        case 0xC2...0xDF: count = 2
        case 0xE0: (count, second) = (3, 0xA0...0xBF)
        case 0xED: (count, second) = (3, 0x80...0x9F)
        case 0xE1...0xEF: count = 3
        case 0xF0: (count, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: count = 4
        case 0xF4: (count, second) = (4, 0x80...0x8F)
        default: return .invalid
        }
        for offset in 1..<count {
            guard index + offset < bytes.count else { return .truncated }
            let range = offset == 1 ? second : 0x80...0xBF
            guard range.contains(bytes[index + offset]) else { return .invalid }
        }
        return .complete(count)
    }

    private static func scalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar {
        guard let first = bytes.first else { return "\0" }
        var value: UInt32
        switch bytes.count {
        case 1: return Unicode.Scalar(first)
        case 2: value = UInt32(first & 0x1F)
        case 3: value = UInt32(first & 0x0F)
        default: value = UInt32(first & 0x07)
        }
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
