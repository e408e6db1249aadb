import Ommi

/// Reads a filter expression into a ``Condition`` on one model, by recursive descent:
///
/// ```
/// filter      = disjunction END
/// disjunction = conjunction { "or" conjunction }
/// conjunction = negation { "and" negation }
/// negation    = { "not" } primary
/// primary     = "(" disjunction ")" | comparison
/// comparison  = path ( ("=" | "==" | "!=" | "<>" | "<" | "<=" | ">" | ">=") operand
///                    | "~" value | "is" [ "not" ] "null" )
///             | "count" "(" relations ")" ("=" | "!=" | "<" | "<=" | ">" | ">=") integer
///             | ("exists" | "no") relations
/// path        = { relation "." } column
/// relations   = relation { "." relation }
/// operand     = value | `name` | [name]
/// value       = 'text' | "text" | number | null | true | false | bare word
/// ```
///
/// Nesting is limited to ``depthLimit`` parentheses, so no input can exhaust the stack; runs of
/// `not` are counted rather than nested.
struct FilterParser {
    /// The deepest nesting of parentheses accepted.
    static let depthLimit = 100

    private var lexer: FilterLexer
    private var token: FilterToken
    /// The token read before ``token``, which messages about a missing part refer to.
    private var previous: FilterToken?
    private var openParentheses: [FilterToken] = []
    /// The filter's model.
    private let scope: FilterScope

    init(_ text: String, scope: FilterScope) throws(FilterError) {
        var lexer = FilterLexer(text)
        token = try lexer.next()
        self.lexer = lexer
        self.scope = scope
    }

    /// The whole expression as one condition.
    mutating func parse() throws(FilterError) -> Condition {
        guard token.kind != .end else { throw FilterError("expected a condition", at: token.offset) }
        let condition = try disjunction()
        guard token.kind == .end else { throw unexpectedAfterCondition() }
        return condition
    }

    private mutating func advance() throws(FilterError) {
        previous = token
        token = try lexer.next()
    }

    private mutating func disjunction() throws(FilterError) -> Condition {
        var terms: [Condition] = []
        repeat {
            switch try conjunction() {
            case .or(let alternatives): terms += alternatives
            case let term: terms.append(term)
            }
        } while try skipKeyword(.or)
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    private mutating func conjunction() throws(FilterError) -> Condition {
        var terms: [Condition] = []
        repeat {
            switch try negation() {
            case .and(let conjuncts): terms += conjuncts
            case let term: terms.append(term)
            }
        } while try skipKeyword(.and)
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    /// Consumes the keyword if it comes next.
    private mutating func skipKeyword(_ keyword: FilterKeyword) throws(FilterError) -> Bool {
        guard token.isKeyword(keyword) else { return false }
        try advance()
        return true
    }

    private mutating func negation() throws(FilterError) -> Condition {
        var negated = false
        while try skipKeyword(.not) { negated.toggle() }
        let term = try primary()
        guard negated else { return term }
        if case .not(let inner) = term { return inner }
        return .not(term)
    }

    private mutating func primary() throws(FilterError) -> Condition {
        switch token.kind {
        case .leftParenthesis:
            let open = token
            guard openParentheses.count < Self.depthLimit else {
                throw FilterError("too many nested parentheses", at: open.offset, hint: "at most \(Self.depthLimit)")
            }
            openParentheses.append(open)
            try advance()
            let inner = try disjunction()
            guard token.kind == .rightParenthesis else { throw unexpectedAfterCondition() }
            openParentheses.removeLast()
            try advance()
            return inner
        case .end, .rightParenthesis:
            guard let previous else { throw FilterError("unexpected \")\"", at: token.offset) }
            throw FilterError("expected a condition after \(FilterText.quoted(previous.spelling))", at: token.offset)
        default:
            return try comparison()
        }
    }

    /// The error for a token that cannot follow a complete condition.
    private func unexpectedAfterCondition() -> FilterError {
        switch token.kind {
        case .end:
            let open = openParentheses.last.map { "to close the \"(\" at \($0.offset + 1)" }
            return FilterError("expected \")\"", at: token.offset, hint: open)
        case .rightParenthesis where openParentheses.isEmpty:
            return FilterError("unexpected \")\"", at: token.offset)
        default:
            let expected = openParentheses.isEmpty ? "\"and\" or \"or\"" : "\"and\", \"or\" or \")\""
            return FilterError("expected \(expected)", at: token.offset)
        }
    }

    private mutating func comparison() throws(FilterError) -> Condition {
        if let test = try relationTest() { return test }
        let (hops, subject, scope) = try path()
        let operatorToken = token
        let condition: Condition
        switch token.kind {
        case .compare(let comparison):
            try advance()
            condition = try compare(subject, comparison, after: operatorToken, in: scope)
        case .contains:
            try advance()
            condition = try contains(subject, after: operatorToken, in: scope)
        case .word where token.isKeyword(.is):
            try advance()
            let negated = try skipKeyword(.not)
            guard token.isKeyword(.null) else {
                let expected = negated ? "\"null\" after \"not\"" : "\"null\" or \"not null\" after \"is\""
                throw FilterError("expected \(expected)", at: token.offset)
            }
            try advance()
            condition = .isNull(.column(subject.reference), negated: negated)
        default:
            throw FilterError(
                "expected an operator after \(FilterText.quoted(previous?.spelling ?? ""))", at: token.offset,
                hint: "=, !=, <, <=, >, >=, ~, is null, is not null")
        }
        return Self.reached(condition, through: hops)
    }

    /// The condition on the last model of `hops`, asked of some row related through all of them.
    private static func reached(_ condition: Condition, through hops: [FilterScope.Hop]) -> Condition {
        hops.reversed().reduce(condition) { inner, hop in .exists(hop.rows, inner) }
    }

    /// `count(path) op n`, `exists path` or `no path`, when the token starts one. The words are
    /// not reserved: followed by anything else they name a column.
    private mutating func relationTest() throws(FilterError) -> Condition? {
        guard case .word(let word) = token.kind else { return nil }
        let test = word.lowercased()
        guard test == "count" || test == "exists" || test == "no" else { return nil }
        var ahead = lexer
        guard let next = try? ahead.next() else { return nil }
        if test == "count" {
            guard next.kind == .leftParenthesis else { return nil }
            try advance()
            try advance()
            return try count()
        }
        switch next.kind {
        case .word(let name) where FilterKeyword(name) == nil: break
        case .quotedName: break
        default: return nil
        }
        try advance()
        var hops = try relationPath()
        let last = hops.removeLast()
        let existence = Self.reached(.exists(last.rows, .constant(true)), through: hops)
        return test == "no" ? .not(existence) : existence
    }

    /// The rest of `count(path) op n`, after the parenthesis. Relations before the counted one
    /// must be to-one, so that what is counted is the related rows of one row.
    private mutating func count() throws(FilterError) -> Condition {
        let pathToken = token
        var hops = try relationPath()
        guard token.kind == .rightParenthesis else {
            throw FilterError("expected \")\" after the relation", at: token.offset)
        }
        try advance()
        let counted = hops.removeLast()
        if let many = hops.first(where: { !$0.isToOne }) {
            throw FilterError(
                "count() follows to-one relations to the one it counts", at: pathToken.offset,
                hint: "\(FilterText.quoted(many.rows.relation)) leads to many rows")
        }
        guard case .compare(let comparison) = token.kind else {
            throw FilterError("expected a comparison after \"count(…)\"", at: token.offset, hint: "=, !=, <, <=, >, >=")
        }
        try advance()
        guard case .word(let word) = token.kind, case .number(.integer(let number)) = FilterNumber.read(word) else {
            throw FilterError("\"count(…)\" compares with a whole number", at: token.offset)
        }
        try advance()
        return Self.reached(.relatedCount(counted.rows, comparison, number), through: hops)
    }

    /// Relation names joined by dots (`album.artist`), each followed from the one before.
    private mutating func relationPath() throws(FilterError) -> [FilterScope.Hop] {
        let names: [String]
        switch token.kind {
        case .word(let word): names = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        case .quotedName(let name): names = [name]
        default:
            throw FilterError("expected a relation name, found \(FilterText.quoted(token.spelling))", at: token.offset)
        }
        let hops = try follow(names, from: token.offset)
        try advance()
        return hops
    }

    /// Follows relation names in turn from the filter's model; `offset` is where the first is
    /// written, the others following it after a dot each.
    private func follow(_ names: [String], from offset: Int) throws(FilterError) -> [FilterScope.Hop] {
        var hops: [FilterScope.Hop] = []
        var offset = offset
        for name in names {
            hops.append(try (hops.last?.scope ?? scope).follow(name, at: offset))
            offset += name.count + 1
        }
        return hops
    }

    /// The column a comparison starts with, after the relations that lead to its model, if any
    /// (`album.artist.Name`). A quoted text names a column here too, since a comparison never
    /// starts with a value: `"Order Date" > 2020` reads as SQL users mean it. A column whose name
    /// holds a dot is taken whole before the name is read as a path; in a model without relations
    /// a dotted name is only ever a column.
    private mutating func path() throws(FilterError) -> ([FilterScope.Hop], FilterColumns.Column, FilterScope) {
        let name: String
        switch token.kind {
        case .word(let word):
            guard FilterKeyword(word) == nil, FilterNumber.read(word) == .notANumber else {
                let hint = scope.columns.column(named: word).map {
                    "write \(FilterText.visible(FilterText.identifier($0.reference.column))) for the column"
                }
                throw FilterError(
                    "expected a column name, found \(FilterText.quoted(word))", at: token.offset, hint: hint)
            }
            if scope.columns.column(named: word) == nil, word.contains("."), !scope.schema.relations.isEmpty {
                return try relatedColumn(word)
            }
            name = word
        case .text(let text), .quotedName(let text):
            name = text
        default:
            throw FilterError("expected a column name, found \(FilterText.quoted(token.spelling))", at: token.offset)
        }
        let column = try scope.resolve(name, at: token)
        try advance()
        return ([], column, scope)
    }

    /// A column of a related model: relation names and a column, joined by dots. The column may
    /// be in brackets or backticks right after the last dot (`customer.[Order Date]`).
    private mutating func relatedColumn(_ word: String) throws(FilterError) -> (
        [FilterScope.Hop], FilterColumns.Column, FilterScope
    ) {
        let wordToken = token
        var names = word.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var name = names.removeLast()
        let hops = try follow(names, from: wordToken.offset)
        let offset = wordToken.offset + word.count - name.count
        try advance()
        var columnToken = FilterToken(kind: .word(name), offset: offset, spelling: name)
        if name.isEmpty, case .quotedName(let quoted) = token.kind, token.offset == offset {
            name = quoted
            columnToken = token
            try advance()
        }
        let target = hops.last?.scope ?? scope
        return (hops, try target.resolve(name, at: columnToken), target)
    }

    private mutating func compare(
        _ subject: FilterColumns.Column, _ comparison: ComparisonOperator, after operatorToken: FilterToken,
        in scope: FilterScope
    ) throws(FilterError) -> Condition {
        let valueToken = token
        let lhs = Operand.column(subject.reference)
        switch try operand(after: operatorToken, in: scope) {
        case .column(let other):
            return .compare(lhs, comparison, .column(other.reference))
        case .literal(.null):
            switch comparison {
            case .equal: return .isNull(lhs, negated: false)
            case .notEqual: return .isNull(lhs, negated: true)
            default:
                throw FilterError(
                    "null cannot be compared with \(FilterText.quoted(operatorToken.spelling))",
                    at: operatorToken.offset,
                    hint: "use \"is null\" or \"is not null\"")
            }
        case .literal(let literal):
            if case .word(let word) = valueToken.kind, case .text = literal,
                let column = scope.columns.column(named: word)
            {
                let name = FilterText.visible(FilterText.bracketed(column.reference.column))
                throw FilterError(
                    "\(FilterText.quoted(word)) is a column", at: valueToken.offset,
                    hint: "quote it for the text, or write \(name) to compare with the column")
            }
            guard let value = literal.value(for: subject.type) else {
                throw FilterError("number out of range", at: valueToken.offset)
            }
            return .compare(lhs, comparison, .value(value))
        }
    }

    private mutating func contains(
        _ subject: FilterColumns.Column, after operatorToken: FilterToken, in scope: FilterScope
    ) throws(FilterError) -> Condition {
        let valueToken = token
        switch try operand(after: operatorToken, in: scope) {
        case .column:
            throw FilterError("\"~\" looks for a text, not a column", at: valueToken.offset, hint: "quote the text")
        case .literal(let literal):
            guard let text = literal.searchText else {
                throw FilterError("\"~\" looks for a text, not null", at: valueToken.offset, hint: "use \"is null\"")
            }
            return .match(.column(subject.reference), .containsIgnoringCase, text)
        }
    }

    /// What a comparison compares with: a value, or a column named between backticks or brackets.
    private enum RightOperand {
        case literal(FilterLiteral)
        case column(FilterColumns.Column)
    }

    /// The operand after `operatorToken`; a column named there is of `scope`, the model of the
    /// column on the left.
    private mutating func operand(after operatorToken: FilterToken, in scope: FilterScope) throws(FilterError)
        -> RightOperand
    {
        let missing = FilterError(
            "expected a value after \(FilterText.quoted(operatorToken.spelling))", at: token.offset)
        let result: RightOperand
        switch token.kind {
        case .text(let text):
            result = .literal(.text(text))
        case .quotedName(let name):
            result = .column(try scope.resolve(name, at: token))
        case .word(let word):
            switch FilterKeyword(word) {
            case .null: result = .literal(.null)
            case .true: result = .literal(.boolean(true))
            case .false: result = .literal(.boolean(false))
            case .some: throw missing
            case nil:
                switch FilterNumber.read(word) {
                case .number(let value): result = .literal(.number(value, spelling: word))
                case .outOfRange: result = .literal(.number(nil, spelling: word))
                case .notANumber: result = .literal(.text(word))
                }
            }
        default:
            throw missing
        }
        try advance()
        return result
    }
}
