import Ommi

/// A pane named on the command line: `Post`, `Post/1` or `Post/1/tags`. Composite keys are
/// joined with `,`; a part may be quoted with `"` or `'` to hold `/` or `,`
/// (`"Order Details"/10248,11`).
public struct PanePath: Sendable, Equatable {
    public var model: String
    /// The key values of a record, as typed.
    public var key: [String]?
    public var relation: String?

    public init(parsing text: String) throws(PanePathError) {
        let parts = try Self.split(text, on: "/")
        guard (1...3).contains(parts.count), let model = parts.first, !model.isEmpty else {
            throw PanePathError("\"\(text)\" is not a pane: write Model, Model/KEY or Model/KEY/relation")
        }
        self.model = model
        if parts.count > 1 {
            let key = try Self.split(parts[1], on: ",")
            guard !key.contains(where: \.isEmpty) else { throw PanePathError("\"\(text)\" has an empty key") }
            self.key = key
        }
        if parts.count > 2 {
            guard !parts[2].isEmpty else { throw PanePathError("\"\(text)\" has an empty relation name") }
            relation = parts[2]
        }
    }

    /// Splits on `separator` outside quotes, removing the quotes.
    private static func split(_ text: String, on separator: Character) throws(PanePathError) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard quote == nil else { throw PanePathError("\"\(text)\" has an unclosed quote") }
        parts.append(current)
        return parts
    }
}

/// A pane path that cannot be parsed or names nothing.
public struct PanePathError: Error, Sendable, Equatable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
