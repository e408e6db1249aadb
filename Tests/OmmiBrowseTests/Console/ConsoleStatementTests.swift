import Testing

@testable import OmmiBrowse

/// What the console makes of a statement: rows to show, or a change to ask about.
@Suite struct ConsoleStatementTests {
    private func kind(_ text: String) throws -> ConsoleStatement.Kind? {
        try ConsoleStatement(text)?.kind
    }

    @Test func queriesShowRows() throws {
        for text in [
            "select * from Track", "  SELECT 1;", "values (1), (2)", "with t as (select 1) select * from t",
            "explain select 1", "pragma table_info('Track')", "-- a note\nSELECT 1", "/* DELETE */ select 2",
            "select 'DELETE FROM x' as \"update\"", "(select 1)",
        ] {
            #expect(try kind(text) == .rows, "\(text)")
        }
    }

    @Test func everythingElseIsAChange() throws {
        for text in [
            "update Track set Name = 'x'", "DELETE FROM Track", "insert into Tag values (1) returning *",
            "with gone as (select 1) delete from Track", "pragma foreign_keys = off", "create table x (a)",
            "drop table Track", "vacuum", "begin",
        ] {
            #expect(try kind(text) == .change, "\(text)")
        }
    }

    @Test func theStatementIsKeptWithoutItsSemicolonAndBlanks() throws {
        #expect(try ConsoleStatement("  select 1 ;  ")?.sql == "select 1")
        #expect(try ConsoleStatement("   ") == nil)
        #expect(try ConsoleStatement("-- only a note") == nil)
    }

    @Test func oneStatementAtATime() {
        #expect(throws: ConsoleStatementError.self) { try ConsoleStatement("select 1; delete from Track") }
        #expect((try? ConsoleStatement("select ';' ; ")) != nil)
    }
}
