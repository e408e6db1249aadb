import Ommi

/// One token of a filter expression and where it starts.
struct FilterToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A run of ordinary characters: a column, a keyword, a number or a bare text.
        case word(String)
        /// A text between single or double quotes, unescaped.
        case text(String)
        /// A name between backticks or square brackets, unescaped.
        case quotedName(String)
        /// A comparison operator.
        case compare(ComparisonOperator)
        /// `~`: contains, ignoring case.
        case contains
        case leftParenthesis
        case rightParenthesis
        case end
    }

    var kind: Kind
    /// The offset of the first character, counted in characters from 0.
    var offset: Int
    /// The token as typed, for messages.
    var spelling: String

    /// Whether the token is the given keyword, in any case.
    func isKeyword(_ keyword: FilterKeyword) -> Bool {
        if case .word(let word) = kind { return FilterKeyword(word) == keyword }
        return false
    }
}

/// The reserved words of filter expressions. They are matched in any case; a column with one of
/// these names is written between brackets or backticks.
enum FilterKeyword: String, Sendable, CaseIterable {
    case and, or, not, `is`, null, `true`, `false`

    init?(_ word: String) {
        self.init(rawValue: word.lowercased())
    }
}
