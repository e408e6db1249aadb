import Ommi
import Testing

@testable import OmmiBrowse

/// Values are bound as the column's type suggests, so comparisons mean what they say.
@Suite struct FilterConversionTests {
    private func value(_ filter: String) throws -> DatabaseValue? {
        guard case .compare(_, _, .value(let value)) = try parse(filter) else { return nil }
        return value
    }

    @Test func numbersAgainstNumericColumns() throws {
        #expect(try value("views = 10") == .integer(10))
        #expect(try value("views = -10") == .integer(-10))
        #expect(try value("views = +7") == .integer(7))
        #expect(try value("views > 2.5") == .real(2.5))
        #expect(try value("rating < .5") == .real(0.5))
        #expect(try value("rating = 3") == .integer(3))
        #expect(try value("rating = 1e3") == .real(1000))
        #expect(try value("rating = 2E-2") == .real(0.02))
    }

    @Test func sixtyFourBitExtremes() throws {
        #expect(try value("views = 9223372036854775807") == .integer(.max))
        #expect(try value("views = -9223372036854775808") == .integer(.min))
        #expect(try value("views < 9223372036854775808") == .real(9_223_372_036_854_775_808))
        #expect(try value("views > -99999999999999999999") == .real(-1e20))
    }

    @Test func textThatSpellsANumberIsThatNumberForNumericColumns() throws {
        #expect(try value(#"views = "10""#) == .integer(10))
        #expect(try value("rating >= '2.5'") == .real(2.5))
        #expect(try value("views = 007") == .integer(7))
        #expect(try value(#"views = "ten""#) == .text("ten"))
        #expect(try value(#"views = " 10""#) == .text(" 10"))
        #expect(try value("views = inf") == .text("inf"))
        #expect(try value("views = nan") == .text("nan"))
        #expect(try value("views = 0x10") == .text("0x10"))
    }

    @Test func numbersAgainstTextColumnsAreTheTextTheySpell() throws {
        #expect(try value("zip = 01234") == .text("01234"))
        #expect(try value("title > 10") == .text("10"))
        #expect(try value("zip = -1.50") == .text("-1.50"))
        #expect(try value("zip = 1e999") == .text("1e999"))
    }

    @Test func untypedAndBlobColumnsTakeValuesAsWritten() throws {
        #expect(try value("note = 10") == .integer(10))
        #expect(try value("note = '10'") == .text("10"))
        #expect(try value("payload = 2.5") == .real(2.5))
        #expect(try value("payload = 'x'") == .text("x"))
    }

    @Test func booleansAreOneAndZero() throws {
        #expect(try value("views = true") == .integer(1))
        #expect(try value("views = FALSE") == .integer(0))
        #expect(try value("title = true") == .text("1"))
        #expect(try value("title = 'true'") == .text("true"))
    }
}
