import Ommi

/// A value as written in a filter, before it meets the column it is compared with.
///
/// The value that is bound follows the column's declared type, as SQLite's affinity would and
/// as a person reading the table expects:
/// - against a TEXT column, a number is the text it spells (`zip = 01234` is `'01234'`, not 1234);
/// - against an INTEGER or REAL column, a quoted or bare text that spells a number is that number
///   (`id = "10"` is 10); other text stays text;
/// - against BLOB and untyped columns, values are taken as written;
/// - `true` and `false` are the numbers 1 and 0, as SQLite stores booleans (so the texts `"1"`
///   and `"0"` against a TEXT column).
enum FilterLiteral: Sendable, Hashable {
    case null
    case boolean(Bool)
    /// A number and how it was written; no value when it is too large for a finite real.
    case number(DatabaseValue?, spelling: String)
    /// A quoted text, or a bare word that is neither keyword, number nor column.
    case text(String)

    /// The value bound when comparing with a column of the given type; nil for a number out of
    /// range, unless the column takes it as text.
    func value(for type: ColumnType) -> DatabaseValue? {
        switch self {
        case .null: return .null
        case .boolean(let value): return type == .text ? .text(value ? "1" : "0") : .integer(value ? 1 : 0)
        case .number(let value, let spelling): return type == .text ? .text(spelling) : value
        case .text(let text):
            guard type == .integer || type == .real, case .number(let value) = FilterNumber.read(text) else {
                return .text(text)
            }
            return value
        }
    }

    /// The text `~` looks for: whatever was written, without its quotes. Nil for `null`.
    var searchText: String? {
        switch self {
        case .null: nil
        case .boolean(let value): value ? "true" : "false"
        case .number(_, let spelling): spelling
        case .text(let text): text
        }
    }
}
