#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import Testing

/// What reflection reads of a PostgreSQL schema's tables: which models there are, their keys,
/// which are read-only, and their columns' types, nullability and defaults (see
/// ``ReflectionSchema``).
@Suite struct SchemaReflectionTests {
    @Test("tables and views of public by their names, then those of other schemas qualified; a partitioned table once")
    func models() async throws {
        let reflected = try await ReflectionSchema.reflected(withRows: false)
        #expect(
            reflected.models.schemas.map(\.name) == [
                "audit_log", "author", "customer", "post", "post_tag", "published_post", "reading", "reading_note",
                "shipment", "tag", "warehouse", "sales.order_line", "sales.orders",
            ])
        let orders = try reflected.schema("sales.orders")
        #expect(orders.tableName == TableName.qualified(schema: "sales", table: "orders"))
        #expect(reflected.fixture.driver.dialect.quoteTable(orders.tableName) == #""sales"."orders""#)
    }

    @Test("single and composite primary keys; a view and a table without a key are read-only")
    func keys() async throws {
        let reflected = try await ReflectionSchema.reflected(withRows: false)
        #expect(try reflected.schema("post").keyColumns == ["id"])
        #expect(try reflected.schema("post_tag").keyColumns == ["post_id", "tag_id"])
        #expect(try reflected.schema("warehouse").keyColumns == ["region", "code"])
        #expect(try reflected.schema("reading").keyColumns == ["station", "taken"])
        #expect(try reflected.schema("sales.order_line").keyColumns == ["order_id", "line"])
        let readOnly = reflected.models.schemas.filter(\.isReadOnly).map(\.name)
        #expect(readOnly == ["audit_log", "published_post"])
        let view = try reflected.schema("published_post")
        #expect(view.fields.map(\.column) == ["id", "title"])
        #expect(view.keyColumns.isEmpty && view.relations.isEmpty)
        #expect(try reflected.schema("audit_log").keyColumns.isEmpty)
    }

    @Test("column types: the declared type as PostgreSQL names it, and the storage class its values read as")
    func columnTypes() async throws {
        let reflected = try await ReflectionSchema.reflected(withRows: false)
        let post = try reflected.schema("post")
        #expect(
            post.fields.map { "\($0.column) \($0.declaredType) \($0.type.rawValue)" } == [
                "id integer INTEGER", "author_id integer INTEGER", "parent_id integer INTEGER",
                "title character varying(200) TEXT", "score numeric(8,2) ANY", "published boolean TEXT",
                "rating real REAL", "views bigint INTEGER", "cover bytea BLOB", "created timestamp with time zone TEXT",
            ])
        #expect(post.fields.map(\.isNullable) == [false, true, true, false, false, false, true, true, true, false])
        #expect(try reflected.schema("author").fields.map(\.type) == [.integer, .text, .text])
    }

    @Test("defaults are kept as PostgreSQL writes them; identity and serial keys are assigned by the database")
    func defaults() async throws {
        let reflected = try await ReflectionSchema.reflected(withRows: false)
        let author = try reflected.schema("author")
        #expect(author.fields.map(\.defaultSQL) == [nil, "'anonymous'::text", "CURRENT_DATE"])
        let post = try reflected.schema("post")
        #expect(post.field(named: "score")?.defaultSQL == "0")
        #expect(post.field(named: "published")?.defaultSQL == "false")
        #expect(post.field(named: "created")?.defaultSQL == "now()")
        #expect(try reflected.schema("tag").fields[0].defaultSQL == "nextval('tag_id_seq'::regclass)")
        #expect(post.fields.filter(\.isAuto).map(\.column) == ["id"])
        #expect(try reflected.schema("tag").fields.filter(\.isAuto).map(\.column) == ["id"])
        #expect(author.fields.allSatisfy { !$0.isAuto })
    }

    @Test(
        "writable models take rows, read-only ones refuse them; a row written to a partitioned table lands in its partition"
    )
    func writing() async throws {
        let reflected = try await ReflectionSchema.reflected(withRows: false)
        let post = try await reflected.model("post").add(["title": "Fresh"])
        #expect(post.values.prefix(5) == [1, .null, .null, "Fresh", "0.00"])
        for name in ["published_post", "audit_log"] {
            let error = await #expect(throws: OmmiError.self) { try await reflected.model(name).add(["title": "x"]) }
            #expect(error?.kind == .readOnly)
        }
        try await reflected.model("reading").add(["station": "oslo", "taken": "2024-12-31", "celsius": -3.5])
        #expect(try await reflected.fixture.rows("SELECT count(*) FROM reading_2024") == [[1]])
        #expect(try await reflected.model("reading").count() == 1)
    }
}
#endif
