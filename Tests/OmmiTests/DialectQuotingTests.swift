import Ommi
import OmmiSQLite
import Testing

/// Identifiers are quoted without Foundation: plain names, embedded double quotes (doubled),
/// and text that Foundation would treat specially all come out as SQL expects.
@Suite struct DialectQuotingTests {
    private let dialect = SQLiteDialect()

    @Test func plainNamesAreWrappedInDoubleQuotes() {
        #expect(dialect.quote("title") == #""title""#)
        #expect(dialect.quote("") == #""""#)
        #expect(dialect.quote("order by") == #""order by""#)
    }

    @Test func embeddedQuotesAreDoubled() {
        #expect(dialect.quote(#"a"b"#) == #""a""b""#)
        #expect(dialect.quote(#"""#) == #""""""#)
        #expect(dialect.quote(#""lead and trail""#) == #""""lead and trail""""#)
        #expect(dialect.quote(#"two""in a row"#) == #""two""""in a row""#)
    }

    @Test func unicodeAndCombiningMarksSurvive() {
        #expect(dialect.quote("café\u{301}\"ü") == "\"café\u{301}\"\"ü\"")
        #expect(dialect.quote("表 名") == "\"表 名\"")
        // A quote that a combining mark joins into one Character is still a quote to SQL.
        #expect(dialect.quote("\"\u{301}") == "\"\"\"\u{301}\"")
    }
}
