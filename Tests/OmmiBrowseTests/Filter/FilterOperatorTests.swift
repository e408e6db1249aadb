import Ommi
import Testing

@testable import OmmiBrowse

/// Every operator, with the spellings users bring from SQL and programming languages.
@Suite struct FilterOperatorTests {
    @Test(arguments: [
        ("=", ComparisonOperator.equal), ("==", .equal), ("!=", .notEqual), ("<>", .notEqual),
        ("<", .less), ("<=", .lessOrEqual), (">", .greater), (">=", .greaterOrEqual),
    ])
    func comparisons(spelling: String, comparison: ComparisonOperator) throws {
        #expect(try parse("views \(spelling) 10") == .compare(column("views"), comparison, .value(10)))
        #expect(try parse("views\(spelling)10") == .compare(column("views"), comparison, .value(10)))
    }

    @Test func tildeIsContainsIgnoringCase() throws {
        #expect(try parse(#"title ~ "Swift""#) == .match(column("title"), .containsIgnoringCase, "Swift"))
        #expect(try parse("title~swift") == .match(column("title"), .containsIgnoringCase, "swift"))
    }

    @Test func tildeLooksForWhatWasWritten() throws {
        #expect(try parse("zip ~ 012") == .match(column("zip"), .containsIgnoringCase, "012"))
        #expect(try parse("views ~ 1.50") == .match(column("views"), .containsIgnoringCase, "1.50"))
        #expect(try parse("title ~ TRUE") == .match(column("title"), .containsIgnoringCase, "true"))
        #expect(try parse("title ~ title") == .match(column("title"), .containsIgnoringCase, "title"))
        #expect(try parse("title ~ ''") == .match(column("title"), .containsIgnoringCase, ""))
    }

    @Test func nullTests() throws {
        #expect(try parse("views is null") == .isNull(column("views"), negated: false))
        #expect(try parse("views is not null") == .isNull(column("views"), negated: true))
        #expect(try parse("not views is null") == .not(.isNull(column("views"), negated: false)))
    }

    @Test func equalsNullMeansIsNull() throws {
        #expect(try parse("views = null") == .isNull(column("views"), negated: false))
        #expect(try parse("views == null") == .isNull(column("views"), negated: false))
        #expect(try parse("views != null") == .isNull(column("views"), negated: true))
        #expect(try parse("views <> NULL") == .isNull(column("views"), negated: true))
    }

    @Test func columnsCompareWithColumnsNamedInBracketsOrBackticks() throws {
        #expect(try parse("views > [select]") == .compare(column("views"), .greater, column("select")))
        #expect(try parse("views = `Views`") == .compare(column("views"), .equal, column("views")))
    }

    @Test func rowidIsAColumnOfTablesAddressedByIt() throws {
        let schema = ModelSchema(
            name: "Log", fields: [FieldSchema(name: "line", type: .text, isNullable: true)], usesRowID: true)
        #expect(
            try parse("ROWID > '5'", schema)
                == .compare(.column(ColumnRef(table: "Log", column: "rowid")), .greater, .value(5)))
        #expect(message("rowid > 5") == "unknown column \"rowid\" at 1 (\(postColumns))")
    }

    @Test func columnsReferToTheSchemaTable() throws {
        let schema = ModelSchema(
            name: "Person", tableName: "people",
            fields: [FieldSchema(name: "name", column: "full_name", type: .text, isNullable: false)])
        #expect(
            try parse("FULL_NAME = 'Ada'", schema)
                == .compare(.column(ColumnRef(table: "people", column: "full_name")), .equal, .value("Ada")))
        #expect(message("name = 'Ada'", schema) == "unknown column \"name\" at 1 (columns: full_name)")
    }
}
