import Ommi
import Testing

/// Schemas far larger than usual: many tables, many columns.
@Suite("Reflection of large schemas")
struct LargeSchemaReflectionTests {
    @Test("two thousand tables referring to each other in a ring each get their two inferred relations")
    func twoThousandTables() async throws {
        let count = 2_000
        let tables = (0..<count).map { index in
            #"CREATE TABLE "t\#(index)" (id INTEGER PRIMARY KEY, name TEXT, t\#((index + 1) % count)_id INTEGER)"#
        }
        let fixture = try await ReflectionFixture.build(["BEGIN"] + tables + ["COMMIT"])
        #expect(fixture.models.schemas.count == count)
        #expect(try fixture.relations("t7") == ["t8 → t8 (inferred)", "t6 ← t6 (inferred)"])
        #expect(fixture.models.schemas.allSatisfy { $0.relations.count == 2 })
    }

    @Test("a table of five hundred columns keeps them all, in order")
    func fiveHundredColumns() async throws {
        let columns = (0..<500).map { "c\($0) TEXT" }.joined(separator: ", ")
        let fixture = try await ReflectionFixture.build([#"CREATE TABLE "wide" (id INTEGER PRIMARY KEY, \#(columns))"#])
        let wide = try fixture.schema("wide")
        #expect(wide.fields.count == 501)
        #expect(wide.fields.last?.column == "c499")
    }
}

/// Virtual tables are models like others.
@Suite("Reflection of virtual tables")
struct VirtualTableReflectionTests {
    @Test("an FTS5 table is a model with its columns, and its rows read like any other")
    func fts5() async throws {
        let fixture = try await ReflectionFixture.build([
            "CREATE VIRTUAL TABLE docs USING fts5(title, body)",
            "INSERT INTO docs VALUES ('first', 'hello world'), ('second', 'goodbye')",
        ])
        let docs = try fixture.schema("docs")
        #expect(docs.fields.map(\.column) == ["title", "body"])
        let rows = try await fixture.model("docs").rows(order: fixture.model("docs").query().effectiveOrder)
        #expect(ReflectionFixture.texts(rows, column: "title", of: docs) == ["first", "second"])
    }
}
