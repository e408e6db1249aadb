import Ommi
import Testing

@testable import OmmiBrowse

/// `or` binds loosest, then `and`, then `not`; parentheses override; chains flatten.
@Suite struct FilterPrecedenceTests {
    let a = Condition.compare(column("id"), .equal, .value(1))
    let b = Condition.compare(column("id"), .equal, .value(2))
    let c = Condition.compare(column("id"), .equal, .value(3))

    @Test func andBindsTighterThanOr() throws {
        #expect(try parse("id = 1 or id = 2 and id = 3") == .or([a, .and([b, c])]))
        #expect(try parse("id = 1 and id = 2 or id = 3") == .or([.and([a, b]), c]))
    }

    @Test func notBindsTighterThanAnd() throws {
        #expect(try parse("not id = 1 and id = 2") == .and([.not(a), b]))
        #expect(try parse("id = 1 or not id = 2") == .or([a, .not(b)]))
    }

    @Test func parenthesesGroup() throws {
        #expect(try parse("(id = 1 or id = 2) and id = 3") == .and([.or([a, b]), c]))
        #expect(try parse("not (id = 1 or id = 2)") == .not(.or([a, b])))
        #expect(try parse("((id = 1))") == a)
    }

    @Test func chainsFlattenIntoOneJunction() throws {
        #expect(try parse("id = 1 or id = 2 or id = 3") == .or([a, b, c]))
        #expect(try parse("id = 1 and (id = 2 and id = 3)") == .and([a, b, c]))
        #expect(try parse("(id = 1 or id = 2) or id = 3") == .or([a, b, c]))
    }

    @Test func repeatedNotCancelsInPairs() throws {
        #expect(try parse("not not id = 1") == a)
        #expect(try parse("not not not id = 1") == .not(a))
        #expect(try parse("not (not id = 1)") == a)
    }

    @Test func keywordsAreMatchedInAnyCase() throws {
        #expect(try parse("NOT id = 1 AND id = 2 Or id = 3") == .or([.and([.not(a), b]), c]))
        #expect(try parse("views IS NOT NULL") == .isNull(column("views"), negated: true))
        #expect(
            try parse("views = NULL or rating = TRUE")
                == .or([.isNull(column("views"), negated: false), .compare(column("rating"), .equal, .value(1))]))
    }

    @Test func whitespaceIsOptionalAroundOperatorsAndParentheses() throws {
        #expect(try parse("(id=1)or(id=2)") == .or([a, b]))
        #expect(try parse("not(id=1)") == .not(a))
        #expect(try parse("\tid = 1\nand id = 2  ") == .and([a, b]))
    }
}
