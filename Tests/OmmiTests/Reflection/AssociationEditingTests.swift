import Ommi
import Testing

/// Attaching and detaching rows of reflected many-to-many relations, and undoing it.
@Suite("Editing reflected associations")
struct AssociationEditingTests {
    static let blog = PythonShapedReflectionTests.schema + PythonShapedReflectionTests.rows
    static let lines = [
        #"CREATE TABLE Invoice (id INTEGER PRIMARY KEY, customer TEXT NOT NULL)"#,
        #"CREATE TABLE Track (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"CREATE TABLE InvoiceLine (id INTEGER PRIMARY KEY, invoice_id INTEGER NOT NULL REFERENCES Invoice(id), track_id INTEGER NOT NULL REFERENCES Track(id), price NUMERIC NOT NULL, quantity INTEGER NOT NULL)"#,
        #"CREATE TABLE Crate (id INTEGER PRIMARY KEY, label TEXT)"#,
        #"CREATE TABLE CrateTrack (crate_id INTEGER REFERENCES Crate(id), track_id INTEGER REFERENCES Track(id))"#,
        #"INSERT INTO Invoice VALUES (1, 'alice')"#,
        #"INSERT INTO Track VALUES (1, 'one'), (2, 'two')"#,
        #"INSERT INTO Crate VALUES (1, 'red')"#,
        #"INSERT INTO CrateTrack VALUES (1, 2), (1, 2)"#,
    ]

    static func links(_ fixture: ReflectionFixture, _ table: String) async throws -> [[DatabaseValue]] {
        try await fixture.model(table).rows().map { Array($0.values.prefix(2)) }
    }

    @Test("attach writes one association row; detach removes exactly it; each undoes")
    func attachDetachUndo() async throws {
        let fixture = try await ReflectionFixture.build(Self.blog)
        let posts = try fixture.model("Post")
        let post = try await fixture.row("Post", key: .integer(1))
        let python = try await fixture.row("Tag", key: .integer(102))
        let guide = try await fixture.row("Tag", key: .integer(103))
        let attached = try await posts.attach("tags", of: post, to: python)
        #expect(attached.kind == .attached)
        #expect(attached.association.name == "PostTag")
        let detached = try await posts.detach("tags", of: post, from: guide)
        #expect(detached.row.values == [.integer(1), .integer(103)])
        let ofFirstPost = { try await Self.links(fixture, "PostTag").filter { $0[0] == .integer(1) } }
        #expect(try await ofFirstPost() == [[.integer(1), .integer(101)], [.integer(1), .integer(102)]])
        let undone = try await detached.undo(in: fixture.db)
        #expect(undone.kind == .attached)
        try await attached.undo(in: fixture.db)
        #expect(try await ofFirstPost() == [[.integer(1), .integer(101)], [.integer(1), .integer(103)]])
    }

    @Test("the same works from the other side")
    func otherSide() async throws {
        let fixture = try await ReflectionFixture.build(Self.blog)
        let python = try await fixture.row("Tag", key: .integer(102))
        let post = try await fixture.row("Post", key: .integer(1))
        try await fixture.model("Tag").attach("posts", of: python, to: post)
        #expect(try await Self.links(fixture, "PostTag").contains([.integer(1), .integer(102)]))
    }

    @Test("attaching twice is a constraint error and changes nothing")
    func duplicate() async throws {
        let fixture = try await ReflectionFixture.build(Self.blog)
        let post = try await fixture.row("Post", key: .integer(1))
        let ommi = try await fixture.row("Tag", key: .integer(101))
        let before = try await Self.links(fixture, "PostTag")
        let error = await #expect(throws: OmmiError.self) {
            try await fixture.model("Post").attach("tags", of: post, to: ommi)
        }
        #expect(error?.kind == .constraint)
        #expect(try await Self.links(fixture, "PostTag") == before)
    }

    @Test("detaching what is not linked says so and changes nothing")
    func notLinked() async throws {
        let fixture = try await ReflectionFixture.build(Self.blog)
        let post = try await fixture.row("Post", key: .integer(1))
        let python = try await fixture.row("Tag", key: .integer(102))
        let error = await #expect(throws: OmmiError.self) {
            try await fixture.model("Post").detach("tags", of: post, from: python)
        }
        #expect(error?.kind == .notFound)
    }

    @Test("payload values are written with the link, and undo of a detach restores them")
    func payload() async throws {
        let fixture = try await ReflectionFixture.build(Self.lines)
        let invoice = try await fixture.row("Invoice", key: .integer(1))
        let track = try await fixture.row("Track", key: .integer(2))
        let invoices = try fixture.model("Invoice")
        let change = try await invoices.attach(
            "tracks", of: invoice, to: track, payload: ["price": .real(0.99), "quantity": .integer(3)])
        #expect(change.row.values == [.integer(1), .integer(1), .integer(2), .real(0.99), .integer(3)])
        let detached = try await invoices.detach("tracks", of: invoice, from: track)
        #expect(try await fixture.model("InvoiceLine").count() == 0)
        try await detached.undo(in: fixture.db)
        #expect(
            try await fixture.model("InvoiceLine").rows().map(\.values) == [
                [.integer(1), .integer(1), .integer(2), .real(0.99), .integer(3)]
            ])
    }

    @Test("a payload column that needs a value and gets none is a constraint error")
    func missingPayload() async throws {
        let fixture = try await ReflectionFixture.build(Self.lines)
        let invoice = try await fixture.row("Invoice", key: .integer(1))
        let track = try await fixture.row("Track", key: .integer(1))
        let error = await #expect(throws: OmmiError.self) {
            try await fixture.model("Invoice").attach("tracks", of: invoice, to: track)
        }
        #expect(error?.kind == .constraint)
    }

    @Test("in a table without a key, detach removes one of two identical rows")
    func withoutKey() async throws {
        let fixture = try await ReflectionFixture.build(Self.lines)
        let crate = try await fixture.row("Crate", key: .integer(1))
        let two = try await fixture.row("Track", key: .integer(2))
        try await fixture.model("Crate").detach("tracks", of: crate, from: two)
        #expect(try await fixture.model("CrateTrack").count() == 1)
    }

    @Test("a self-referencing association attaches and detaches in the direction of the relation")
    func selfReferencing() async throws {
        let fixture = try await ReflectionFixture.build(DeclaredReflectionTests.schema + DeclaredReflectionTests.rows)
        let users = try fixture.model("User")
        let bob = try await fixture.row("User", key: .integer(2))
        let carol = try await fixture.row("User", key: .integer(3))
        try await users.attach("friends", of: bob, to: carol)
        let (schema, friends) = try await users.related("friends", of: bob)
        #expect(ReflectionFixture.texts(friends, column: "name", of: schema) == ["carol"])
        let (_, friendOf) = try await users.related("users", of: carol)
        #expect(ReflectionFixture.texts(friendOf, column: "name", of: schema).sorted() == ["alice", "bob"])
        try await users.detach("users", of: carol, from: bob)
        #expect(try await users.related("friends", of: bob).1.isEmpty)
    }
}
