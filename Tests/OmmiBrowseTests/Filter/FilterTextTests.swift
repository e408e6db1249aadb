import Ommi
import Testing

@testable import OmmiBrowse

/// The canonical text shown in the breadcrumb reads back as the same condition.
@Suite struct FilterTextTests {
    @Test(arguments: [
        (#"title ~ "swift" and id > 10"#, #"title ~ "swift" and id > 10"#),
        ("TITLE~swift AND ID>10", #"title ~ "swift" and id > 10"#),
        ("id <> 1 or id == 2", "id != 1 or id = 2"),
        ("(id = 1 or id = 2) and views is not null", "(id = 1 or id = 2) and views is not null"),
        ("id = 1 or (id = 2 and id = 3)", "id = 1 or id = 2 and id = 3"),
        ("not (id = 1 and id = 2)", "not (id = 1 and id = 2)"),
        ("not id = 1", "not id = 1"),
        ("views = null", "views is null"),
        ("`order date` > 2020 and [select] = true", #"[Order Date] > "2020" and select = 1"#),
        ("日本 = 語", #"[日本] = "語""#),
        (#"title = 'say "hi" \\ ok'"#, #"title = "say \"hi\" \\ ok""#),
        ("rating > 1e20 and rating < -.5", "rating > 1e+20 and rating < -0.5"),
        ("views > [select]", "views > [select]"),
    ])
    func canonicalText(filter: String, expected: String) throws {
        let parsed = try FilterExpression(parsing: filter, schema: postSchema)
        #expect(parsed.text == expected)
        #expect(parsed.source == filter)
        #expect(roundTrips(parsed))
    }

    @Test func namesThatNeedQuotingAreBracketed() throws {
        let schema = ModelSchema(
            name: "T",
            fields: [
                FieldSchema(name: "not", type: .integer, isNullable: true),
                FieldSchema(name: "a]b", type: .integer, isNullable: true),
                FieldSchema(name: "2020", type: .integer, isNullable: true),
            ])
        let parsed = try FilterExpression(parsing: "[not] = 1 and `a]b` = 2 and [2020] = 3", schema: schema)
        #expect(parsed.text == "[not] = 1 and [a]]b] = 2 and [2020] = 3")
        #expect(roundTrips(parsed, schema))
    }

    @Test func conditionsFromElsewhereAreWrittenReadably() {
        let title = column("title")
        #expect(FilterFormatter.text(.isIn(title, ["a", 1], negated: true)) == #"title not in ("a", 1)"#)
        #expect(FilterFormatter.text(.match(title, .hasPrefix, "x")) == #"title starts with "x""#)
        #expect(FilterFormatter.text(.constant(false)) == "false")
        #expect(FilterFormatter.text(.compare(title, .less, .value(.null))) == "title < null")
    }
}
