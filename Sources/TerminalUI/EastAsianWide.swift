/// Code points that terminals draw two columns wide because they are East Asian Wide (W) or
/// Fullwidth (F) in Unicode's East Asian Width property and are not emoji.
///
/// Emoji with default emoji presentation are wide as well; they are recognised through
/// `Unicode.Scalar.Properties.isEmojiPresentation`, which tracks the Unicode version of the
/// standard library, so this table only needs the scripts and symbols that are not emoji.
/// Combining marks inside these ranges (such as the kana voicing marks) are zero width; the
/// width function checks for marks before it consults this table.
enum EastAsianWide {
    /// Sorted, non-overlapping ranges.
    static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul Jamo initial consonants
        0x2329...0x232A,  // angle brackets
        0x2E80...0x2E99,  // CJK Radicals Supplement
        0x2E9B...0x2EF3,
        0x2F00...0x2FD5,  // Kangxi Radicals
        0x2FF0...0x2FFF,  // Ideographic Description Characters
        0x3000...0x303E,  // ideographic space, CJK Symbols and Punctuation
        0x3041...0x3096,  // Hiragana
        0x3099...0x30FF,  // Katakana
        0x3105...0x312F,  // Bopomofo
        0x3131...0x318E,  // Hangul Compatibility Jamo
        0x3190...0x31E5,  // Kanbun, Bopomofo Extended, CJK Strokes
        0x31EF...0x321E,  // Katakana Phonetic Extensions, Enclosed CJK
        0x3220...0x3247,
        0x3250...0xA48C,  // Enclosed CJK, CJK Compatibility, Extension A, Yijing, Unified Ideographs, Yi
        0xA490...0xA4C6,  // Yi Radicals
        0xA960...0xA97C,  // Hangul Jamo Extended-A
        0xAC00...0xD7A3,  // Hangul Syllables
        0xF900...0xFAFF,  // CJK Compatibility Ideographs
        0xFE10...0xFE19,  // Vertical Forms
        0xFE30...0xFE52,  // CJK Compatibility Forms, Small Form Variants
        0xFE54...0xFE66,
        0xFE68...0xFE6B,
        0xFF01...0xFF60,  // Fullwidth Forms
        0xFFE0...0xFFE6,
        0x16FE0...0x16FE4,  // Ideographic Symbols and Punctuation
        0x16FF0...0x16FF1,
        0x17000...0x187F7,  // Tangut
        0x18800...0x18CD5,  // Tangut Components, Khitan Small Script
        0x18D00...0x18D08,
        0x1AFF0...0x1AFF3,  // Kana Extended-B
        0x1AFF5...0x1AFFB,
        0x1AFFD...0x1AFFE,
        0x1B000...0x1B122,  // Kana Supplement, Kana Extended-A
        0x1B132...0x1B132,
        0x1B150...0x1B152,  // Small Kana Extension
        0x1B155...0x1B155,
        0x1B164...0x1B167,
        0x1B170...0x1B2FB,  // Nushu
        0x1F200...0x1F202,  // Enclosed Ideographic Supplement
        0x1F210...0x1F23B,
        0x1F240...0x1F248,
        0x1F250...0x1F251,
        0x1F260...0x1F265,
        0x20000...0x2FFFD,  // Supplementary Ideographic Plane
        0x30000...0x3FFFD,  // Tertiary Ideographic Plane
    ]

    /// Whether `value` lies in one of the ranges.
    static func contains(_ value: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if value < range.lowerBound {
                high = middle
            } else if value > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }
}
