import Ommi
import Testing

@testable import OmmiBrowse

/// Texts in quotes with their escapes, and column names in brackets, backticks or quotes.
@Suite struct FilterQuotingTests {
    private func text(_ filter: String) throws -> DatabaseValue? {
        guard case .compare(_, _, .value(let value)) = try parse(filter) else { return nil }
        return value
    }

    @Test func singleAndDoubleQuotes() throws {
        #expect(try text(#"title = "swift""#) == "swift")
        #expect(try text("title = 'swift'") == "swift")
        #expect(try text(#"title = "it's""#) == "it's")
        #expect(try text(#"title = 'say "hi"'"#) == #"say "hi""#)
        #expect(try text("title = ''") == "")
    }

    @Test func aQuoteInsideIsDoubledOrEscaped() throws {
        #expect(try text(#"title = "say ""hi""""#) == #"say "hi""#)
        #expect(try text("title = 'it''s'") == "it's")
        #expect(try text(#"title = "say \"hi\"""#) == #"say "hi""#)
        #expect(try text(#"title = 'it\'s'"#) == "it's")
        #expect(try text(#"title = "it\'s""#) == "it's")
    }

    @Test func aBackslashEscapesOnlyQuotesAndBackslashes() throws {
        #expect(try text(#"title = "C:\new\table""#) == #"C:\new\table"#)
        #expect(try text(#"title = "ends with \\""#) == #"ends with \"#)
        #expect(try text(#"title = "\\\"""#) == #"\""#)
    }

    @Test func quotedTextKeepsEverythingInside() throws {
        #expect(try text(#"title = "  and or not ( ) ~ = [x] `y` ""#) == "  and or not ( ) ~ = [x] `y` ")
        #expect(try text("title = \"tab\there\nline\"") == "tab\there\nline")
        #expect(try text(#"title = "日本語 👨‍👩‍👧 é""#) == "日本語 👨‍👩‍👧 é")
    }

    @Test func columnNamesInBracketsAndBackticks() throws {
        #expect(try parse("[Order Date] > 2020") == .compare(column("Order Date"), .greater, .value("2020")))
        #expect(try parse("`Order Date` > 2020") == .compare(column("Order Date"), .greater, .value("2020")))
        #expect(try parse("`select` = 1") == .compare(column("select"), .equal, .value(1)))
        #expect(try parse("select = 1") == .compare(column("select"), .equal, .value(1)))
        #expect(try parse("[日本] = '語'") == .compare(column("日本"), .equal, .value("語")))
        #expect(try parse("日本 = 語") == .compare(column("日本"), .equal, .value("語")))
    }

    @Test func theLeadingColumnMayBeInQuotesAsSQLWritesIt() throws {
        #expect(try parse(#""Order Date" > '2020'"#) == .compare(column("Order Date"), .greater, .value("2020")))
        #expect(try parse("'title' = 'x'") == .compare(column("title"), .equal, .value("x")))
    }

    @Test func closingCharactersInsideNamesAreDoubled() throws {
        let schema = ModelSchema(
            name: "T",
            fields: [
                FieldSchema(name: "a]b", type: .text, isNullable: true),
                FieldSchema(name: "c`d", type: .text, isNullable: true),
                FieldSchema(name: "and", type: .text, isNullable: true),
            ])
        let ref = { (name: String) in Operand.column(ColumnRef(table: "T", column: name)) }
        #expect(try parse("[a]]b] = 1", schema) == .compare(ref("a]b"), .equal, .value("1")))
        #expect(try parse("`c``d` = 1", schema) == .compare(ref("c`d"), .equal, .value("1")))
        #expect(try parse("[AND] is null", schema) == .isNull(ref("and"), negated: false))
        #expect(message("and = 1", schema) == #"expected a column name, found "and" at 1 (write [and] for the column)"#)
    }

    @Test func columnNamesMatchInAnyCaseUnlessThatIsAmbiguous() throws {
        #expect(try parse("TITLE ~ x") == .match(column("title"), .containsIgnoringCase, "x"))
        #expect(try parse("[order date] = 'x'") == .compare(column("Order Date"), .equal, .value("x")))
        let schema = ModelSchema(
            name: "T",
            fields: [
                FieldSchema(name: "Name", type: .text, isNullable: true),
                FieldSchema(name: "NAME", type: .text, isNullable: true),
            ])
        #expect(
            try parse("NAME = 1", schema)
                == .compare(.column(ColumnRef(table: "T", column: "NAME")), .equal, .value("1")))
        #expect(message("name = 1", schema) == #"ambiguous column "name" at 1 (write one of Name, NAME exactly)"#)
    }

    @Test func bareWordsAreTextUnlessTheyAreKeywordsNumbersOrColumns() throws {
        #expect(try text("title = swift") == "swift")
        #expect(try text("title = 2020-01-01") == "2020-01-01")
        #expect(try text("title = a@b.org") == "a@b.org")
        #expect(try text("title = Nullable") == "Nullable")
        #expect(
            message("title = zip")
                == #""zip" is a column at 9 (quote it for the text, or write [zip] to compare with the column)"#)
        #expect(try text("title = 'zip'") == "zip")
    }
}
