import Ommi
import Testing

@testable import OmmiBrowse

/// Input written to break things reads as data or fails with a message; nothing traps.
@Suite struct FilterHostileInputTests {
    @Test func injectionAttemptsAreJustValues() throws {
        #expect(
            try parse(#"title = "'; DROP TABLE Post; --""#)
                == .compare(column("title"), .equal, .value("'; DROP TABLE Post; --")))
        #expect(
            try parse("title = '; DROP TABLE Post; --'")
                == .compare(column("title"), .equal, .value("; DROP TABLE Post; --")))
        #expect(try parse(#"title ~ "%' OR 1=1 --""#) == .match(column("title"), .containsIgnoringCase, "%' OR 1=1 --"))
        #expect(message("title = x; DROP TABLE Post; --") == #"expected "and" or "or" at 12"#)
        #expect(message("id = 1 or 1 = 1") == #"expected a column name, found "1" at 11"#)
        #expect(
            message(#"[title"; DROP TABLE Post; --] = 1"#)?.hasPrefix(#"unknown column "title"; DROP TABLE Post; --""#)
                == true)
    }

    @Test func blankAndEmptyInputs() {
        for blank in ["", " ", "\t\n", "\r\n", "\u{A0}\u{2003}"] {
            #expect(message(blank)?.hasPrefix("expected a condition at") == true)
        }
    }

    @Test func unbalancedParentheses() {
        #expect(message("((((") == #"expected a condition after "(" at 5"#)
        #expect(message("))))") == #"unexpected ")" at 1"#)
        #expect(message("(id = 1))") == #"unexpected ")" at 9"#)
        #expect(message("(()") == #"expected a condition after "(" at 3"#)
    }

    @Test func nestingIsCappedBeforeTheStackIs() throws {
        let limit = FilterParser.depthLimit
        let deepest = String(repeating: "(", count: limit) + "id = 1" + String(repeating: ")", count: limit)
        #expect(try parse(deepest) == .compare(column("id"), .equal, .value(1)))
        let deeper = String(repeating: "(", count: limit + 1) + "id = 1" + String(repeating: ")", count: limit + 1)
        #expect(message(deeper) == "too many nested parentheses at \(limit + 1) (at most \(limit))")
        #expect(message(String(repeating: "(", count: 1_000_000))?.hasPrefix("too many nested parentheses") == true)
        #expect(message(String(repeating: "not (", count: 10_000))?.hasPrefix("too many nested parentheses") == true)
    }

    @Test func longRunsOfNotAreCountedNotNested() throws {
        let filter = String(repeating: "not ", count: 100_001) + "id = 1"
        #expect(try parse(filter) == .not(.compare(column("id"), .equal, .value(1))))
    }

    @Test func hugeInputs() throws {
        let terms = 20_000
        let chain = Array(repeating: "id = 1", count: terms).joined(separator: " or ")
        guard case .or(let alternatives) = try parse(chain) else {
            Issue.record("expected a disjunction")
            return
        }
        #expect(alternatives.count == terms)
        let text = String(repeating: "ab\"c", count: 250_000)
        #expect(try parse("title = '\(text)'") == .compare(column("title"), .equal, .value(.text(text))))
        #expect(message("title = '\(text)") == "unclosed quote at 9")
        #expect(message(String(repeating: "x", count: 1_000_000))?.hasPrefix("unknown column") == true)
    }

    @Test func controlCharactersInsideQuotesAreData() throws {
        let value = "\u{0}\u{7}\u{1B}[2J\u{202E}\u{7F}"
        #expect(try parse("title = \"\(value)\"") == .compare(column("title"), .equal, .value(.text(value))))
    }

    @Test func oddIdentifiers() {
        #expect(message("[] = 1") == "unknown column \"\" at 1 (\(postColumns))")
        #expect(message("`` = 1") == "unknown column \"\" at 1 (\(postColumns))")
        #expect(message("[[id]] = 1") == #"unclosed "[" at 1"#)
        #expect(message("[[id]]] = 1") == "unknown column \"[id]\" at 1 (\(postColumns))")
        #expect(message("id.x = 1") == "unknown column \"id.x\" at 1 (\(postColumns))")
        #expect(message("Post.id = 1") == "unknown column \"Post.id\" at 1 (\(postColumns))")
    }

    /// Random text over the characters that matter to the grammar never traps, and whatever
    /// reads also reads back from its canonical text.
    @Test func randomInputNeverTraps() {
        let alphabet: [Character] = Array(#"()[]`'"\=!<>~ .-+e9a_日👨‍👩‍👧"#) + ["\u{0}", "\u{1B}", "\t"]
        let words = ["and", "or", "not", "is", "null", "true", "id", "title", "views", "[Order Date]", "1e999", "-5"]
        var random = SplitMix64(seed: 0x5EED)
        var read = 0
        for _ in 0..<5_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 16) {
                if random.next() % 3 == 0 {
                    text += " " + words[Int(random.next() % UInt64(words.count))] + " "
                } else {
                    text.append(alphabet[Int(random.next() % UInt64(alphabet.count))])
                }
            }
            guard let filter = try? FilterExpression(parsing: text, schema: postSchema) else { continue }
            read += 1
            #expect(roundTrips(filter), "\(text) → \(filter.text)")
        }
        #expect(read > 0)
    }
}
