#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import Testing

/// The relations reflection finds in a PostgreSQL schema, and the rows they load (see
/// ``ReflectionSchema``). The driver only reads the catalog and the core does the rest, so the
/// relations and their names are those the SQLite reflection tests expect of the same shapes
/// (`DeclaredReflectionTests`, `PythonShapedReflectionTests`); what SQLite has no counterpart
/// for is a table of another schema, whose name qualifies the relations that lead to it.
@Suite struct RelationReflectionTests {
    @Test("declared references, single and composite, give to-one relations and to-many ones back")
    func declaredReferences() async throws {
        let reflected = try await ReflectionSchema.reflected(withRows: false)
        #expect(try reflected.relations("shipment") == ["warehouse → warehouse"])
        #expect(try reflected.relations("warehouse") == ["shipments ← shipment"])
        #expect(try reflected.relations("reading_note") == ["reading → reading"])
        #expect(try reflected.relations("reading") == ["readingNotes ← reading_note"])
        let shipment = try reflected.schema("shipment")
        #expect(
            shipment.foreignKeys == [
                ForeignKey(columns: ["region", "code"], targetTable: "warehouse", targetColumns: ["region", "code"])
            ])
    }

    @Test("the ON DELETE action of each declared reference is read; none declared is NO ACTION")
    func deleteActions() async throws {
        let reflected = try await ReflectionSchema.reflected(withRows: false)
        let actions = try reflected.schema("post_tag").foreignKeys.map { ($0.columns, $0.onDelete) }
        #expect(actions.map(\.0) == [["post_id"], ["tag_id"]])
        #expect(actions.map(\.1) == [.cascade, .restrict])
        #expect(try reflected.schema("post").foreignKeys.filter { !$0.isInferred }.map(\.onDelete) == [.setNull])
        #expect(try reflected.schema("shipment").foreignKeys.map(\.onDelete) == [.noAction])
    }

    @Test("a composite reference loads its row, and the rows that point back")
    func compositeLoading() async throws {
        let reflected = try await ReflectionSchema.reflected()
        #expect(
            try await reflected.related("warehouse", of: "shipment", where: "id", is: 10, showing: "name") == ["Tromsø"]
        )
        #expect(
            try await reflected.related("shipments", of: "warehouse", where: "name", is: "Tromsø", showing: "id") == [
                10, 12,
            ])
        #expect(
            try await reflected.related("reading", of: "reading_note", where: "id", is: 1, showing: "celsius") == [21.0]
        )
    }

    @Test("a self reference gives the parent and the replies on one model")
    func selfReference() async throws {
        let reflected = try await ReflectionSchema.reflected()
        let post = try reflected.relations("post")
        #expect(post.contains("parent → post") && post.contains("posts ← post"))
        #expect(
            try await reflected.related("parent", of: "post", where: "id", is: 3, showing: "title") == ["Re: Hello"])
        #expect(try await reflected.related("posts", of: "post", where: "id", is: 1, showing: "title") == ["Re: Hello"])
    }

    @Test("author_id, declared nowhere, refers to author's key by its name")
    func inferredReference() async throws {
        let reflected = try await ReflectionSchema.reflected()
        let post = try reflected.schema("post")
        #expect(
            post.foreignKeys.filter(\.isInferred) == [
                ForeignKey(columns: ["author_id"], targetTable: "author", targetColumns: ["id"], isInferred: true)
            ])
        #expect(try reflected.relations("author") == ["posts ← post (inferred)"])
        #expect(
            try await reflected.related("posts", of: "author", where: "name", is: "ann", showing: "title") == [
                "Hello", "Re: Re: Hello",
            ])
        #expect(try await reflected.related("author", of: "post", where: "id", is: 2, showing: "name") == ["bob"])
    }

    @Test("an association table gives many-to-many relations on both sides and stays a model of its own")
    func association() async throws {
        let reflected = try await ReflectionSchema.reflected()
        #expect(
            try reflected.relations("post") == [
                "author → author (inferred)", "parent → post", "postTags ← post_tag", "posts ← post",
                "tags ⇄ tag via post_tag",
            ])
        #expect(try reflected.relations("tag") == ["postTags ← post_tag", "posts ⇄ post via post_tag"])
        #expect(try reflected.relations("post_tag") == ["post → post", "tag → tag"])
        #expect(
            try await reflected.related("tags", of: "post", where: "id", is: 3, showing: "name") == ["intro", "reply"])
        #expect(try await reflected.related("posts", of: "tag", where: "name", is: "reply", showing: "id") == [2, 3])
    }

    @Test(
        "a table of another schema is shown qualified, names the relations to it with its schema, and loads both ways")
    func otherSchema() async throws {
        let reflected = try await ReflectionSchema.reflected()
        #expect(
            try reflected.relations("sales.orders") == ["customer → customer", "salesOrderLines ← sales.order_line"])
        #expect(try reflected.relations("customer") == ["salesOrders ← sales.orders"])
        #expect(try reflected.relations("sales.order_line") == ["order → sales.orders"])
        #expect(
            try await reflected.related("salesOrders", of: "customer", where: "name", is: "acme", showing: "total") == [
                "20.00", "9.99",
            ])
        #expect(
            try await reflected.related("customer", of: "sales.orders", where: "id", is: 102, showing: "name") == [
                "globex"
            ])
        #expect(
            try await reflected.related("salesOrderLines", of: "sales.orders", where: "id", is: 100, showing: "item")
                == ["bolt", "nut"])
        #expect(
            try await reflected.related("order", of: "sales.order_line", where: "item", is: "gear", showing: "total")
                == ["20.00"])
    }

    @Test("a relation can also be paged like any rows: its target and the condition that picks them")
    func relationScope() async throws {
        let reflected = try await ReflectionSchema.reflected()
        let customers = try reflected.model("customer")
        let acme = try #require(try await reflected.rows("customer", where: "name", is: "acme").first)
        let (target, condition) = try customers.relationScope("salesOrders", of: acme)
        #expect(target.name == "sales.orders")
        let orders = DynamicModel(schema: target, database: reflected.fixture.db, catalog: reflected.models.catalog)
        #expect(try await orders.count(where: condition) == 2)
        let page = try await orders.rows(
            where: condition, order: [SortKey(orders.column("id"), descending: true)], limit: 1)
        #expect(page.map { $0.values[0] } == [101])
    }

    @Test("a key to \"user\" leads to that table, not to \"User\" beside it")
    func namesThatDifferOnlyInCase() async throws {
        let reflected = try await ReflectedDatabase.make([
            #"CREATE TABLE "User" ("id" BIGINT PRIMARY KEY, "name" TEXT NOT NULL)"#,
            #"CREATE TABLE "user" ("id" BIGINT PRIMARY KEY, "login" TEXT NOT NULL)"#,
            #"CREATE TABLE "session" ("id" BIGINT PRIMARY KEY, "account" BIGINT REFERENCES "user"("id"))"#,
        ])
        #expect(try reflected.schema("session").foreignKeys.map(\.targetTable) == ["user"])
    }
}
#endif
