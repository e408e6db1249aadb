import Ommi

/// A pane named on the command line: `Post`, `Post/1` or `Post/1/tags`.
///
/// The syntax, defined here once for `--open` and `--print`:
/// - Parts are separated by `/`; the values of a composite key by `,` (`OrderLine/10248,11`).
/// - A part or key value that starts with `'` or `"` is quoted up to the same quote: inside,
///   every character is itself (`/`, `,`, a backslash, the other quote) except that quote, which
///   is written twice (`'O''Brien'`, `"say ""hi"""`). Nothing but a separator may follow the
///   closing quote. `''` is the empty text, a key no other way can name.
/// - Outside quotes, a backslash takes the next character as it is: `\,` `\/` `\'` `\"` `\\`.
/// - A quote that does not start a value is a plain character (`O'Brien`).
///
/// A shell removes one level of quotes, so quotes meant for the path go inside the shell's:
/// `--open "Person/'a,b'"`, `--open "Person/O'Brien"` or `--open 'Person/"Smith, J."'`.
public struct PanePath: Sendable, Equatable {
    public var model: String
    /// The key values of a record, as typed.
    public var key: [String]?
    public var relation: String?

    public init(parsing text: String) throws(PanePathError) {
        let parts = try Self.parts(of: text)
        guard (1...3).contains(parts.count), parts[0].count == 1, let model = parts[0].first, !model.text.isEmpty else {
            throw PanePathError("\"\(text)\" is not a pane: write Model, Model/KEY or Model/KEY/relation")
        }
        self.model = model.text
        if parts.count > 1 {
            guard !parts[1].contains(where: { $0.text.isEmpty && !$0.quoted }) else {
                throw PanePathError("\"\(text)\" has an empty key (an empty text is written '')")
            }
            key = parts[1].map(\.text)
        }
        if parts.count > 2 {
            guard parts[2].count == 1, let relation = parts[2].first, !relation.text.isEmpty else {
                throw PanePathError("\"\(text)\" has no single relation name after its key")
            }
            self.relation = relation.text
        }
    }

    /// A value as read: its text, and whether it was quoted (an empty quoted value is a key).
    private struct Value {
        var text = ""
        var quoted = false
    }

    /// The parts of `text` split on `/`, each split into its values on `,`, quotes and escapes
    /// undone.
    private static func parts(of text: String) throws(PanePathError) -> [[Value]] {
        var parts: [[Value]] = [[]]
        var value = Value()
        var characters = Array(text)[...]
        var closed = false
        while let character = characters.popFirst() {
            if character == "\\" {
                guard let next = characters.popFirst() else {
                    throw PanePathError("\"\(text)\" ends with a lone backslash")
                }
                guard !closed else { throw PanePathError("\"\(text)\" has text after a closing quote") }
                value.text.append(next)
            } else if character == "/" || character == "," {
                parts[parts.count - 1].append(value)
                if character == "/" { parts.append([]) }
                value = Value()
                closed = false
            } else if closed {
                throw PanePathError("\"\(text)\" has text after a closing quote")
            } else if character == "'" || character == "\"", value.text.isEmpty, !value.quoted {
                value.quoted = true
                value.text = try quoted(&characters, closing: character, in: text)
                closed = true
            } else {
                value.text.append(character)
            }
        }
        parts[parts.count - 1].append(value)
        return parts
    }

    /// The text up to the closing `quote` (a doubled quote is one), which it consumes.
    private static func quoted(_ characters: inout ArraySlice<Character>, closing quote: Character, in text: String)
        throws(PanePathError) -> String
    {
        var result = ""
        while let character = characters.popFirst() {
            if character == quote {
                guard characters.first == quote else { return result }
                characters.removeFirst()
                result.append(quote)
            } else {
                result.append(character)
            }
        }
        throw PanePathError("\"\(text)\" has an unclosed quote")
    }
}

/// A pane path that cannot be parsed or names nothing.
public struct PanePathError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
