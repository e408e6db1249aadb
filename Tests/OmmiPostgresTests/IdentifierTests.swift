#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import Testing

/// A table named `User`, a reserved word in PostgreSQL, with a column named `select`.
@Model(name: "User") struct ReservedUser {
    @Key @Auto var id: Int
    @StoreAs("select") var name: String
    var orders: LazyLoadEveryRelated<ReservedOrder>
}

/// A table named `Order`, whose columns `user` and `from` are reserved words too.
@Model(name: "Order") struct ReservedOrder {
    @Key @Auto var id: Int
    @ReferenceTo(ReservedUser.id) @StoreAs("user") var userID: Int
    @StoreAs("from") var source: String
    var user: LazyLoadTheRelated<ReservedUser>
    var lines: LazyLoadEveryRelated<QuotedLine>
}

/// A table whose name has spaces and both kinds of quote, keyed by two columns named alike.
@Model(name: "order \"line\" it's") struct QuotedLine {
    @Key @ReferenceTo(ReservedOrder.id) @StoreAs("order id") var orderID: Int
    @Key @StoreAs("line \"no\"") var number: Int
    @StoreAs("it's") var item: String
    var order: LazyLoadTheRelated<ReservedOrder>
}

/// A table named `select`, keyed by a column named `where`.
@Model(name: "select") struct ReservedSelect {
    @Key @StoreAs("where") var place: String
    @StoreAs("group by") var grouping: String?
}

/// Tables and columns named with reserved words, spaces and quotes are created, written, read,
/// related and reflected like any others.
@Suite struct IdentifierTests {
    static let models = ModelCollection(ReservedUser.self, ReservedOrder.self, QuotedLine.self, ReservedSelect.self)

    /// A user with two orders, one of them with two lines.
    static func seeded() async throws -> (PostgresFixture, ReservedUser, ReservedOrder) {
        let fixture = try await PostgresFixture.make()
        try await models.setup(on: fixture.db)
        let db = fixture.db
        let user = try await db.add(ReservedUser(name: "ann"))
        let (web, _) = try await db.add(
            ReservedOrder(userID: user.id, source: "web"), ReservedOrder(userID: user.id, source: "shop"))
        try await db.add(
            QuotedLine(orderID: web.id, number: 1, item: "tea's"),
            QuotedLine(orderID: web.id, number: 2, item: "\"cups\""))
        return (fixture, user, web)
    }

    @Test("the tables exist under their exact names")
    func tableNames() async throws {
        let (fixture, _, _) = try await Self.seeded()
        let names = try await fixture.rows(
            "SELECT relname::text FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace ORDER BY relname"
        )
        #expect(names == [["Order"], ["User"], ["order \"line\" it's"], ["select"]])
    }

    @Test("rows are added, found, updated and deleted")
    func crud() async throws {
        let (fixture, user, web) = try await Self.seeded()
        let db = fixture.db
        #expect(user.id == 1 && web.id == 1)
        #expect(try await db.find(ReservedOrder.source == "shop").one().id == 2)
        #expect(try await db.find(QuotedLine.item.contains("'s")).all().map(\.number) == [1])
        #expect(try await db.find(ReservedOrder.source == "web").update(ReservedOrder.source.set(to: "app")) == 1)
        #expect(
            try await db.find(ReservedOrder.self).sorted(by: ReservedOrder.id).all().map(\.source) == ["app", "shop"])
        #expect(try await db.find(QuotedLine.orderID == web.id, QuotedLine.number == 2).delete() == 1)
        #expect(try await db.find(QuotedLine.self).all().map(\.item) == ["tea's"])
        try await db.add(ReservedSelect(place: "here", grouping: nil), ReservedSelect(place: "there", grouping: "x"))
        #expect(try await db.find(ReservedSelect.grouping == nil).all().map(\.place) == ["here"])
    }

    @Test("an explicit key in an identity column moves the identity past it")
    func explicitAutoKeys() async throws {
        let (fixture, user, _) = try await Self.seeded()
        let db = fixture.db
        try await db.add(ReservedOrder(id: 40, userID: user.id, source: "phone"))
        let next = try await db.add(ReservedOrder(userID: user.id, source: "mail"))
        #expect(next.id == 41)
    }

    @Test("relations load across the awkward names both ways")
    func relations() async throws {
        let (fixture, user, web) = try await Self.seeded()
        let db = fixture.db
        #expect(try await user.orders.value.map(\.source).sorted() == ["shop", "web"])
        let lines = try await web.lines.value
        #expect(lines.map(\.item).sorted() == ["\"cups\"", "tea's"])
        #expect(try await lines[0].order.value?.source == "web")
        var names: [String?] = []
        for order in try await db.find(ReservedOrder.self).including(ReservedOrder.user).all() {
            names.append(try await order.user.value?.name)
        }
        #expect(names == ["ann", "ann"])
    }

    @Test("reflection finds the same tables and relations, and loads rows through them")
    func reflection() async throws {
        let (fixture, _, _) = try await Self.seeded()
        let models = try await ModelCollection.reflect(from: fixture.db)
        #expect(models.schemas.map(\.name) == ["Order", "User", "order \"line\" it's", "select"])
        let line = try #require(models.schema(named: "order \"line\" it's"))
        #expect(line.keyColumns == ["order id", "line \"no\""])
        #expect(line.foreignKeys == [ForeignKey(columns: ["order id"], targetTable: "Order", targetColumns: ["id"])])
        let orders = DynamicModel(
            schema: try #require(models.schema(named: "Order")), database: fixture.db, catalog: models.catalog)
        let first = try #require(
            try await orders.rows(where: .compare(.column(orders.column("id")), .equal, .value(1))).first)
        let toLines = try #require(orders.schema.relations.first { $0.target.tableName == line.tableName })
        #expect(toLines.kind == .toMany)
        let (target, related) = try await orders.related(toLines.name, of: first)
        #expect(Set(related.compactMap { $0.value(ofColumn: "it's", in: target) }) == ["\"cups\"", "tea's"])
        let (_, owner) = try await orders.related("user", of: first)
        #expect(owner.map(\.values) == [[1, "ann"]])
    }
}
#endif
