import Ommi
import Testing

@testable import OmmiBrowse

/// Every message, with the position (counted in characters from 1) of what it is about.
@Suite struct FilterErrorTests {
    @Test(arguments: [
        ("", "expected a condition at 1"),
        ("   ", "expected a condition at 4"),
        ("titel ~ 'x'", "unknown column \"titel\" at 1 (\(postColumns))"),
        ("id = 1 and titel ~ 'x'", "unknown column \"titel\" at 12 (\(postColumns))"),
        ("views = [viewz]", "unknown column \"viewz\" at 9 (\(postColumns))"),
        ("title = ", #"expected a value after "=" at 9"#),
        ("views <> ", #"expected a value after "<>" at 10"#),
        ("views = and", #"expected a value after "=" at 9"#),
        ("views = (1)", #"expected a value after "=" at 9"#),
        ("title ~ ", #"expected a value after "~" at 9"#),
        (#"title = "abc"#, "unclosed quote at 9"),
        ("title = 'it''s", "unclosed quote at 9"),
        (#"title = "abc\""#, "unclosed quote at 9"),
        ("`Order Date = 1", "unclosed quote at 1"),
        ("[Order Date = 1", #"unclosed "[" at 1"#),
        ("id = 1)", #"unexpected ")" at 7"#),
        (")", #"unexpected ")" at 1"#),
        ("id = 1 id = 2", #"expected "and" or "or" at 8"#),
        ("id = 1 && id = 2", #"expected "and" or "or" at 8"#),
        ("(id = 1 id = 2)", #"expected "and", "or" or ")" at 9"#),
        ("(id = 1", #"expected ")" at 8 (to close the "(" at 1)"#),
        ("((id = 1) or (id = 2)", #"expected ")" at 22 (to close the "(" at 1)"#),
        ("id = 1 and", #"expected a condition after "and" at 11"#),
        ("id = 1 or not", #"expected a condition after "not" at 14"#),
        ("()", #"expected a condition after "(" at 2"#),
        ("id = 1 and )", #"expected a condition after "and" at 12"#),
        ("id", #"expected an operator after "id" at 3 (=, !=, <, <=, >, >=, ~, is null, is not null)"#),
        (
            "[Order Date] 10",
            #"expected an operator after "[Order Date]" at 14 (=, !=, <, <=, >, >=, ~, is null, is not null)"#
        ),
        ("id is 5", #"expected "null" or "not null" after "is" at 7"#),
        ("id is", #"expected "null" or "not null" after "is" at 6"#),
        ("id is not 5", #"expected "null" after "not" at 11"#),
        ("id < null", #"null cannot be compared with "<" at 4 (use "is null" or "is not null")"#),
        ("id >= NULL", #"null cannot be compared with ">=" at 4 (use "is null" or "is not null")"#),
        ("title ~ null", #""~" looks for a text, not null at 9 (use "is null")"#),
        ("title ~ [zip]", #""~" looks for a text, not a column at 9 (quote the text)"#),
        ("title = zip", #""zip" is a column at 9 (quote it for the text, or write [zip] to compare with the column)"#),
        ("views = 1e999", "number out of range at 9"),
        ("10 < views", #"expected a column name, found "10" at 1"#),
        ("= 1", #"expected a column name, found "=" at 1"#),
        ("null = views", #"expected a column name, found "null" at 1"#),
        ("id ! 1", #"unexpected "!" at 4 (use "!=" or "not")"#),
        ("id = 1]", #"unexpected "]" at 7"#),
        ("id = 1 \u{1B}[31m", "unexpected U+001B at 8"),
        ("id\u{0} = 1", "unexpected U+0000 at 3"),
        ("\u{FEFF}id = 1", "unexpected U+FEFF at 1"),
        ("id = 1 or \u{202E}id = 2", "unexpected U+202E at 11"),
    ])
    func eachMessage(filter: String, expected: String) {
        #expect(message(filter) == expected)
    }

    @Test func positionsCountCharactersAsTheUserSeesThem() {
        #expect(message("[日本] = 1 and x = 2") == "unknown column \"x\" at 14 (\(postColumns))")
        #expect(message("title = \"👨‍👩‍👧\" and titel = 1") == "unknown column \"titel\" at 17 (\(postColumns))")
        #expect(message("title = \"e\u{301}\" )") == #"unexpected ")" at 13"#)
    }

    @Test func theErrorValueCarriesItsParts() {
        do {
            _ = try FilterExpression(parsing: "title = ", schema: postSchema)
            Issue.record("expected an error")
        } catch {
            #expect(error.problem == #"expected a value after "=""#)
            #expect(error.position == 9)
            #expect(error.hint == nil)
        }
    }

    @Test func repeatedTextIsShortenedAndMadeVisible() {
        let long = String(repeating: "x", count: 100)
        #expect(
            message("\(long) = 1") == "unknown column \"\(String(repeating: "x", count: 30))…\" at 1 (\(postColumns))")
        #expect(message("[a\u{7}\nb] = 1") == "unknown column \"a<U+0007><U+000A>b\" at 1 (\(postColumns))")
        #expect(message("[👨‍👩‍👧] = 1") == "unknown column \"👨‍👩‍👧\" at 1 (\(postColumns))")
    }

    @Test func longColumnListsAreCut() {
        let fields = (1...20).map { FieldSchema(name: "c\($0)", type: .integer, isNullable: true) }
        let schema = ModelSchema(name: "Wide", fields: fields)
        #expect(
            message("x = 1", schema)
                == "unknown column \"x\" at 1 (columns: c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, …)")
        let empty = ModelSchema(name: "Empty", fields: [])
        #expect(message("x = 1", empty) == #"unknown column "x" at 1 (this model has no columns)"#)
    }

    @Test func columnNamesInMessagesStayOnOneLine() {
        let schema = ModelSchema(name: "T", fields: [FieldSchema(name: "a\nb", type: .text, isNullable: true)])
        #expect(message("x = 1", schema) == "unknown column \"x\" at 1 (columns: [a<U+000A>b])")
    }
}
