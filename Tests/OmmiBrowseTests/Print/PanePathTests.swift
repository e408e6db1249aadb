import OmmiBrowse
import Testing

/// The key syntax of `--open` and `--print`, tried with every character.
@Suite("Pane paths")
struct PanePathTests {
    /// Every ASCII character, controls included, and a few beyond.
    static let characters: [Character] =
        (1...0x7F).compactMap { Unicode.Scalar($0).map(Character.init) } + ["é", "😀", "\u{9B}", "\r\n"]

    /// A key value written with single quotes, the quote doubled.
    static func singleQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
    /// A key value written with double quotes, the quote doubled.
    static func doubleQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    /// A key value with a backslash before every character.
    static func escaped(_ text: String) -> String { text.map { "\\\($0)" }.joined() }

    @Test("every character reads back inside quotes of either kind and after a backslash", arguments: characters)
    func everyCharacter(character: Character) throws {
        for text in ["\(character)", "a\(character)b", "\(character)\(character)"] {
            for written in [Self.singleQuoted(text), Self.doubleQuoted(text), Self.escaped(text)] {
                let path = try PanePath(parsing: "Person/\(written),\(written)/friends")
                #expect(path.model == "Person")
                #expect(path.key == [text, text])
                #expect(path.relation == "friends")
            }
        }
    }

    @Test(
        "a character with no meaning in paths needs no quoting",
        arguments: characters.filter { !"/,\\'\"".contains($0) })
    func bareCharacter(character: Character) throws {
        #expect(try PanePath(parsing: "T/a\(character)'b").key == ["a\(character)'b"])
    }

    @Test("the forms users write")
    func userForms() throws {
        #expect(try PanePath(parsing: "Person/'a,b'").key == ["a,b"])
        #expect(try PanePath(parsing: "Person/\"O'Brien\"").key == ["O'Brien"])
        #expect(try PanePath(parsing: "Person/O'Brien").key == ["O'Brien"])
        #expect(try PanePath(parsing: "Person/''").key == [""])
        #expect(try PanePath(parsing: "Person/'',\"\"").key == ["", ""])
        #expect(try PanePath(parsing: "Person/a\\,b\\/c").key == ["a,b/c"])
        #expect(try PanePath(parsing: "\"Order Details\"/10248,11") == PanePath(parsing: "Order Details/10248,11"))
        #expect(try PanePath(parsing: "'a/b'").model == "a/b")
    }

    @Test(
        "what cannot be read says why",
        arguments: [
            ("Person/'a", "has an unclosed quote"),
            ("Person/'a'b", "has text after a closing quote"),
            ("Person/a\\", "ends with a lone backslash"),
            ("Person/", "has an empty key"),
            ("Person/1,", "has an empty key"),
            ("Person/1/", "has no single relation name"),
            ("Person/1/a,b", "has no single relation name"),
            ("a,b", "is not a pane"),
            ("A/1/b/c", "is not a pane"),
        ])
    func errors(text: String, problem: String) {
        #expect {
            try PanePath(parsing: text)
        } throws: { error in
            (error as? PanePathError)?.description.contains(problem) == true
        }
    }
}
