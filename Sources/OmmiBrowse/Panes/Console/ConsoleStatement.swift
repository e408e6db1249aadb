import Foundation

/// A statement typed in the SQL console, read just far enough to know what to do with it: show
/// the rows it returns, or ask before it changes the database.
///
/// A statement returns rows when it starts with `SELECT`, `VALUES`, `TABLE`, `SHOW` or
/// `EXPLAIN`, or with `WITH` and changes nothing (no `INSERT`, `UPDATE`, `DELETE`, `REPLACE` or
/// `MERGE` outside quotes), or is a `PRAGMA` that sets nothing. Anything else may change the
/// database, so it is asked about first. Words inside quotes and comments are never read.
public struct ConsoleStatement: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Returns rows and changes nothing.
        case rows
        /// May change the database: asked about, then run in one transaction.
        case change
    }

    /// The statement as typed, without surrounding blanks and a final `;`.
    public let sql: String
    public let kind: Kind

    /// Reads `text`; nil when it holds no statement.
    /// - Throws: ``ConsoleStatementError`` when it holds more than one.
    public init?(_ text: String) throws(ConsoleStatementError) {
        let scan = Self.scan(text)
        guard let first = scan.words.first else { return nil }
        if let end = scan.end { guard end.isEmpty else { throw ConsoleStatementError() } }
        var sql = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while sql.hasSuffix(";") { sql = String(sql.dropLast()).trimmingCharacters(in: .whitespacesAndNewlines) }
        self.sql = sql
        switch first {
        case "SELECT", "VALUES", "TABLE", "SHOW", "EXPLAIN": kind = .rows
        case "WITH": kind = scan.words.contains { Self.changes.contains($0) } ? .change : .rows
        case "PRAGMA": kind = scan.setsPragma ? .change : .rows
        default: kind = .change
        }
    }

    private static let changes: Set<String> = ["INSERT", "UPDATE", "DELETE", "REPLACE", "MERGE"]

    /// The words of the text outside quotes and comments, upper-cased; what follows the first
    /// `;` (nil without one); and whether a `=` appears outside quotes.
    private static func scan(_ text: String) -> (words: [String], end: String?, setsPragma: Bool) {
        let characters = Array(text)
        var words: [String] = []
        var word = ""
        var setsPragma = false
        var index = 0
        func endWord() {
            if !word.isEmpty { words.append(word.uppercased()) }
            word = ""
        }
        while index < characters.count {
            let character = characters[index]
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character.isLetter || character == "_" || (character.isNumber && !word.isEmpty) {
                word.append(character)
                index += 1
                continue
            }
            endWord()
            switch character {
            case "'", "\"", "`", "[":
                let close: Character = character == "[" ? "]" : character
                index += 1
                while index < characters.count, characters[index] != close { index += 1 }
            case "-" where next == "-":
                while index < characters.count, characters[index] != "\n" { index += 1 }
            case "/" where next == "*":
                index += 2
                while index + 1 < characters.count, !(characters[index] == "*" && characters[index + 1] == "/") {
                    index += 1
                }
                index += 1
            case ";":
                return (
                    words, String(characters[(index + 1)...]).trimmingCharacters(in: .whitespacesAndNewlines),
                    setsPragma
                )
            case "=":
                setsPragma = true
            default:
                break
            }
            index += 1
        }
        endWord()
        return (words, nil, setsPragma)
    }
}

/// The console runs one statement at a time.
public struct ConsoleStatementError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String { "one statement at a time: remove what follows the first \";\"" }
}
