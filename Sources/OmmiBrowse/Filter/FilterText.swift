/// How text taken from the input or the schema is shown inside messages and canonical filters.
enum FilterText {
    /// The longest piece of input or schema text a message repeats, in characters.
    static let messageLimit = 30

    /// Whether a scalar would be invisible or move the cursor on a terminal: control characters,
    /// line and paragraph separators, and format characters such as bidirectional overrides.
    /// The zero-width joiner is spared, as emoji sequences need it.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        case .format: scalar != "\u{200D}"
        default: false
        }
    }

    /// The text, shortened to ``messageLimit`` characters, with invisible scalars written as
    /// `<U+XXXX>`, so that it stays on one line.
    static func visible(_ text: String, limit: Int = messageLimit) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == limit {
                result += "…"
                break
            }
            for scalar in character.unicodeScalars {
                if isInvisible(scalar) {
                    result += "<" + codePoint(scalar) + ">"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return result
    }

    /// The text in double quotes for a message, made ``visible(_:limit:)``.
    static func quoted(_ text: String) -> String {
        "\"" + visible(text) + "\""
    }

    /// A scalar as `U+001B`.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// A column name as a filter is written: bare when it is a plain ASCII identifier that is not
    /// a keyword, otherwise between square brackets with `]` doubled.
    static func identifier(_ name: String) -> String {
        isPlainIdentifier(name) ? name : bracketed(name)
    }

    /// A column name between square brackets, with `]` doubled.
    static func bracketed(_ name: String) -> String {
        var result = "["
        for character in name {
            if character == "]" { result.append("]") }
            result.append(character)
        }
        return result + "]"
    }

    private static func isPlainIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, FilterKeyword(name) == nil else { return false }
        let isLetter = { (scalar: Unicode.Scalar) in
            scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        guard isLetter(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) }
    }

    /// A text value as a filter is written: in double quotes, with `\` and `"` escaped by a backslash.
    static func literal(_ text: String) -> String {
        var result = "\""
        for character in text {
            if character == "\"" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }
}
