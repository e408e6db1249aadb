/// Splits a filter expression into tokens, one at a time, so that the first problem reported is
/// the leftmost one.
///
/// Whitespace separates tokens. Parentheses, quotes, brackets and the operator characters
/// `= ! < > ~` end a word; everything else visible belongs to it, so `2020-01-01`, `a@b.org` and
/// `-12.5` are single words.
struct FilterLexer {
    private let characters: [Character]
    private var index = 0

    init(_ text: String) {
        characters = Array(text)
    }

    /// The token that starts at the current position.
    mutating func next() throws(FilterError) -> FilterToken {
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        let start = index
        guard index < characters.count else { return FilterToken(kind: .end, offset: start, spelling: "") }
        let character = characters[index]
        index += 1
        switch character {
        case "(": return token(.leftParenthesis, from: start)
        case ")": return token(.rightParenthesis, from: start)
        case "\"", "'": return try quotedText(closedBy: character, from: start)
        case "`": return try quotedName(closedBy: "`", from: start, unclosed: "unclosed quote")
        case "[": return try quotedName(closedBy: "]", from: start, unclosed: "unclosed \"[\"")
        case "=":
            skip("=")
            return token(.compare(.equal), from: start)
        case "!":
            guard skip("=") else { throw FilterError("unexpected \"!\"", at: start, hint: "use \"!=\" or \"not\"") }
            return token(.compare(.notEqual), from: start)
        case "<":
            if skip("=") { return token(.compare(.lessOrEqual), from: start) }
            if skip(">") { return token(.compare(.notEqual), from: start) }
            return token(.compare(.less), from: start)
        case ">":
            if skip("=") { return token(.compare(.greaterOrEqual), from: start) }
            return token(.compare(.greater), from: start)
        case "~": return token(.contains, from: start)
        case "]": throw FilterError("unexpected \"]\"", at: start)
        default:
            if Self.isInvisible(character) {
                let scalar = character.unicodeScalars.first.map(FilterText.codePoint) ?? "character"
                throw FilterError("unexpected \(scalar)", at: start)
            }
            while index < characters.count, Self.continuesWord(characters[index]) { index += 1 }
            return token(.word(String(characters[start..<index])), from: start)
        }
    }

    private func token(_ kind: FilterToken.Kind, from start: Int) -> FilterToken {
        FilterToken(kind: kind, offset: start, spelling: String(characters[start..<index]))
    }

    /// Consumes `expected` if it comes next.
    @discardableResult
    private mutating func skip(_ expected: Character) -> Bool {
        guard index < characters.count, characters[index] == expected else { return false }
        index += 1
        return true
    }

    /// A text in quotes. The quote is written inside by doubling it or with a backslash; a
    /// backslash also escapes another backslash, and is kept as it is before anything else.
    private mutating func quotedText(closedBy quote: Character, from start: Int) throws(FilterError) -> FilterToken {
        var text = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "\\", index < characters.count, ["\"", "'", "\\"].contains(characters[index]) {
                text.append(characters[index])
                index += 1
            } else if character == quote {
                guard skip(quote) else { return token(.text(text), from: start) }
                text.append(quote)
            } else {
                text.append(character)
            }
        }
        throw FilterError("unclosed quote", at: start)
    }

    /// A name between backticks or brackets; the closing character is written inside by doubling it.
    private mutating func quotedName(
        closedBy close: Character, from start: Int, unclosed: String
    ) throws(FilterError) -> FilterToken {
        var name = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == close {
                guard skip(close) else { return token(.quotedName(name), from: start) }
            }
            name.append(character)
        }
        throw FilterError(unclosed, at: start)
    }

    private static func continuesWord(_ character: Character) -> Bool {
        !character.isWhitespace && !isInvisible(character) && !"()\"'`[]=!<>~".contains(character)
    }

    /// Whether the character starts with a scalar a terminal would not show.
    private static func isInvisible(_ character: Character) -> Bool {
        character.unicodeScalars.first.map(FilterText.isInvisible) ?? false
    }
}
