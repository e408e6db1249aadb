import Ommi
import Testing

/// Databases that declare their keys: single and composite references, self references, views,
/// `WITHOUT ROWID`, a table without a key, and names that are SQL keywords or need quoting.
@Suite("Reflection of declared schemas")
struct DeclaredReflectionTests {
    static let schema = [
        #"CREATE TABLE "User" (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'anonymous')"#,
        #"CREATE TABLE Friendship (user_id INTEGER NOT NULL REFERENCES "User"(id), friend_id INTEGER NOT NULL REFERENCES "User"(id), since TEXT, PRIMARY KEY (user_id, friend_id))"#,
        #"CREATE TABLE Employee (id INTEGER PRIMARY KEY, name TEXT, manager_id INTEGER REFERENCES employee(ID))"#,
        #"CREATE TABLE Message (id INTEGER PRIMARY KEY, sender_id INTEGER REFERENCES "User"(id), recipient_id INTEGER REFERENCES "User"(id), body TEXT)"#,
        #"CREATE TABLE Warehouse (region TEXT NOT NULL, code INTEGER NOT NULL, name TEXT, PRIMARY KEY (region, code)) WITHOUT ROWID"#,
        #"CREATE TABLE Shipment (id INTEGER PRIMARY KEY, region TEXT, code INTEGER, FOREIGN KEY (region, code) REFERENCES Warehouse(region, code))"#,
        #"CREATE TABLE Note (body TEXT, "User" INTEGER REFERENCES "User")"#,
        #"CREATE VIEW "Recent Messages" AS SELECT id, body FROM Message"#,
        #"CREATE TABLE "Order" ("select" INTEGER PRIMARY KEY, "from" TEXT)"#,
        #"CREATE TABLE "Order Details" ("order" INTEGER REFERENCES "Order"("select"), "Ünï ""quoted"" [name]" TEXT, qty INTEGER NOT NULL DEFAULT 1)"#,
        #"CREATE TABLE Orphan (id INTEGER PRIMARY KEY, ghost_id INTEGER REFERENCES Ghost(id))"#,
    ]

    static let rows = [
        #"INSERT INTO "User" VALUES (1, 'alice'), (2, 'bob'), (3, 'carol')"#,
        #"INSERT INTO Friendship VALUES (1, 2, NULL), (1, 3, NULL), (3, 1, NULL)"#,
        #"INSERT INTO Warehouse VALUES ('north', 1, 'Oslo'), ('north', 2, 'Tromsø'), ('south', 1, 'Rome')"#,
        #"INSERT INTO Shipment VALUES (10, 'north', 2), (11, 'south', 1)"#,
        #"INSERT INTO Note VALUES ('hello', 2), ('again', 2)"#,
        #"INSERT INTO "Order" VALUES (7, 'web')"#,
        #"INSERT INTO "Order Details" VALUES (7, 'x', 3)"#,
        #"INSERT INTO Employee VALUES (1, 'ada', NULL), (2, 'bo', 1), (3, 'cy', 2)"#,
    ]

    @Test("keys: primary key, WITHOUT ROWID key, rowid for a table without one, none for a view")
    func keys() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        #expect(try fixture.schema("Warehouse").keyColumns == ["region", "code"])
        #expect(try fixture.schema("Warehouse").usesRowID == false)
        #expect(try fixture.schema("Note").keyColumns == ["rowid"])
        let view = try fixture.schema("Recent Messages")
        #expect(view.isReadOnly)
        #expect(view.fields.map(\.column) == ["id", "body"])
        #expect(view.relations.isEmpty)
    }

    @Test("column types, nullability and defaults are kept")
    func columns() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        let user = try fixture.schema("User")
        #expect(user.fields.map(\.declaredType) == ["INTEGER", "TEXT"])
        #expect(user.fields.map(\.isNullable) == [false, false])
        #expect(user.fields[1].defaultSQL == "'anonymous'")
        let details = try fixture.schema("Order Details")
        #expect(details.fields.map(\.column) == ["order", "Ünï \"quoted\" [name]", "qty"])
        #expect(details.fields[2].defaultSQL == "1")
        #expect(details.fields[2].type == .integer)
    }

    @Test("declared references give to-one and to-many relations; two to one table are told apart by column")
    func references() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        #expect(try fixture.relations("Message") == ["sender → User", "recipient → User"])
        #expect(try fixture.relations("Note") == ["user → User"])
        #expect(
            try fixture.relations("User") == [
                "friendshipsByFriendId ← Friendship", "friendshipsByUserId ← Friendship",
                "messagesByRecipientId ← Message", "messagesBySenderId ← Message", "notes ← Note",
                "friends ⇄ User via Friendship", "users ⇄ User via Friendship",
            ])
    }

    @Test("a self reference gives the parent and the children on one model")
    func selfReference() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema + Self.rows)
        #expect(try fixture.relations("Employee") == ["manager → Employee", "employees ← Employee"])
        let employees = try fixture.model("Employee")
        let schema = employees.schema
        let bo = try await fixture.row("Employee", key: .integer(2))
        #expect(
            ReflectionFixture.texts(try await employees.related("manager", of: bo).1, column: "name", of: schema) == [
                "ada"
            ])
        #expect(
            ReflectionFixture.texts(try await employees.related("employees", of: bo).1, column: "name", of: schema) == [
                "cy"
            ])
    }

    @Test("a composite reference to a WITHOUT ROWID table loads its row")
    func compositeReference() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema + Self.rows)
        #expect(try fixture.relations("Shipment") == ["warehouse → Warehouse"])
        #expect(try fixture.relations("Warehouse") == ["shipments ← Shipment"])
        let shipment = try await fixture.row("Shipment", key: .integer(10))
        let (warehouse, rows) = try await fixture.model("Shipment").related("warehouse", of: shipment)
        #expect(ReflectionFixture.texts(rows, column: "name", of: warehouse) == ["Tromsø"])
        let north = try await fixture.model("Warehouse").rows(
            where: .compare(.column(ColumnRef(table: "Warehouse", column: "name")), .equal, .value(.text("Rome"))))
        let (_, shipments) = try await fixture.model("Warehouse").related("shipments", of: try #require(north.first))
        #expect(shipments.map { $0.values[0] } == [.integer(11)])
    }

    @Test("a self-referencing association gives both directions, each with its own name")
    func selfAssociation() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema + Self.rows)
        let users = try fixture.model("User")
        let alice = try await fixture.row("User", key: .integer(1))
        let (schema, friends) = try await users.related("friends", of: alice)
        #expect(ReflectionFixture.texts(friends, column: "name", of: schema).sorted() == ["bob", "carol"])
        let (_, friendOf) = try await users.related("users", of: alice)
        #expect(ReflectionFixture.texts(friendOf, column: "name", of: schema) == ["carol"])
    }

    @Test("keywords, spaces and quotes in names work in relations and queries")
    func awkwardIdentifiers() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema + Self.rows)
        #expect(try fixture.relations("Order") == ["orderDetails ← Order Details"])
        #expect(try fixture.relations("Order Details") == ["order → Order"])
        let order = try await fixture.row("Order", key: .integer(7))
        let (details, lines) = try await fixture.model("Order").related("orderDetails", of: order)
        #expect(ReflectionFixture.texts(lines, column: "Ünï \"quoted\" [name]", of: details) == ["x"])
        let (_, back) = try await fixture.model("Order Details").related("order", of: try #require(lines.first))
        #expect(back.map { $0.values } == [[.integer(7), .text("web")]])
    }

    @Test("a rowid table's reference and a reference without a target column load their rows")
    func rowidReference() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema + Self.rows)
        let bob = try await fixture.row("User", key: .integer(2))
        let (notes, rows) = try await fixture.model("User").related("notes", of: bob)
        #expect(ReflectionFixture.texts(rows, column: "body", of: notes).sorted() == ["again", "hello"])
        #expect(rows.allSatisfy { $0.values.count == 3 })
    }

    @Test("a reference to a table that does not exist gives no relation")
    func missingTarget() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema)
        #expect(try fixture.relations("Orphan").isEmpty)
    }

    @Test("reflection reads only the catalog, never a table")
    func readsOnlyTheCatalog() async throws {
        let fixture = try await ReflectionFixture.build(Self.schema + Self.rows)
        let log = StatementLog()
        fixture.driver.trace { log.record($0) }
        _ = try await ModelCollection.reflect(from: fixture.db)
        #expect(!log.statements.isEmpty)
        for sql in log.statements {
            #expect(sql.contains("sqlite_schema") || sql.contains("pragma_"), "\(sql)")
        }
    }
}
