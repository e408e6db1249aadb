import Foundation
import Ommi
import OmmiSQLite
import Synchronization
import Testing

/// Changing which rows a record is linked to, from the keyboard, in the real binary.
@Suite("Editing associations in a terminal", .serialized)
struct EditAssociationsTests {
    static let blog = BrowseInTerminalTests.blog

    /// The association rows of post 1, read by another connection.
    static func linksOfFirstPost(_ database: BrowsedDatabase) async throws -> [[DatabaseValue]] {
        try await database.rows(#"SELECT post_id, tag_id FROM "PostTag" WHERE post_id = 1 ORDER BY tag_id"#)
    }

    /// The browser on the tags of post 1. On PostgreSQL, whose change signal also sees the
    /// browser's own commits, the refresh an attach starts may come during the search typed next,
    /// which it asks again.
    static func browse(_ path: String, _ options: String = "") throws -> TmuxTerminal {
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(path, "--open Post/1/tags \(options)")
        try terminal.waitFor("row 1 of 2")
        return terminal
    }

    /// Attaches `python` and detaches `guide` as the issue describes.
    static func attachPythonDetachGuide(_ terminal: TmuxTerminal) throws {
        try terminal.press("a")
        try terminal.type("python")
        try terminal.waitFor("#102 python")
        try terminal.press("Enter")
    }

    @Test(
        "a, python, Enter attaches; /guide, Enter, d, y detaches; u restores; the database follows each step",
        arguments: Backend.all)
    func attachDetachUndo(backend: Backend) async throws {
        let database = try await backend.database(Self.blog)
        let terminal = try Self.browse(database.location)
        try Self.attachPythonDetachGuide(terminal)
        try terminal.waitFor("attached 'python' to post #1")
        try terminal.waitFor("102  python")
        try terminal.type("/guide")
        try terminal.press("Enter")
        try terminal.waitFor("\"guide\" found in row 3")
        try terminal.press("d")
        try terminal.waitFor("Detach 'guide' from post #1? (y/n)")
        try terminal.press("y")
        try terminal.waitFor("detached 'guide' from post #1")
        #expect(
            try await Self.linksOfFirstPost(database) == [[.integer(1), .integer(101)], [.integer(1), .integer(102)]])
        try terminal.press("u")
        try terminal.waitFor("undone: detached 'guide' from post #1")
        #expect(
            try await Self.linksOfFirstPost(database) == [
                [.integer(1), .integer(101)], [.integer(1), .integer(102)], [.integer(1), .integer(103)],
            ])
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test("n and Esc at the question detach nothing", arguments: Backend.all)
    func declineDetach(backend: Backend) async throws {
        let database = try await backend.database(Self.blog)
        let terminal = try Self.browse(database.location)
        try terminal.press("d")
        try terminal.waitFor("(y/n)")
        try terminal.press("n")
        try terminal.waitFor("nothing was detached")
        try terminal.press("d")
        try terminal.waitFor("(y/n)")
        try terminal.press("Escape")
        try terminal.waitFor("nothing was detached")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
        #expect(
            try await Self.linksOfFirstPost(database) == [[.integer(1), .integer(101)], [.integer(1), .integer(103)]])
    }

    @Test("with --read-only the same keys change nothing, and the status line says why", arguments: Backend.all)
    func readOnly(backend: Backend) async throws {
        let database = try await backend.database(Self.blog)
        let before = try await Self.linksOfFirstPost(database)
        let terminal = try Self.browse(database.location, "--read-only")
        try terminal.press("a")
        try terminal.waitFor("read-only")
        try terminal.press("d")
        try terminal.press("u")
        try terminal.waitFor("read-only")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
        #expect(try await Self.linksOfFirstPost(database) == before)
    }

    @Test(
        "while another connection holds the write lock, an attach waits, reports the lock, changes nothing, and the browser keeps responding"
    )
    func lockedDatabase() async throws {
        let database = try await Backend.sqlite.database(Self.blog)
        let path = database.location
        let holder = try await SQLiteDriver.connect(path: path)
        let released = Atomic<Bool>(false)
        let locked = Atomic<Bool>(false)
        let holding = Task {
            try await holder.transaction {
                try await holder.execute(SQLStatement(#"UPDATE "Tag" SET name = name WHERE id = 101"#))
                locked.store(true, ordering: .relaxed)
                while !released.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(20)) }
            }
        }
        while !locked.load(ordering: .relaxed) { try await Task.sleep(for: .milliseconds(10)) }
        let terminal = try Self.browse(path)
        try Self.attachPythonDetachGuide(terminal)
        try terminal.waitFor("attaching…")
        try terminal.press("?")
        try terminal.waitFor("any key closes the help")
        try terminal.press("q")
        try terminal.waitFor(15) { $0.contains("database is locked: nothing was changed") }
        released.store(true, ordering: .relaxed)
        try await holding.value
        #expect(
            try await Self.linksOfFirstPost(database) == [[.integer(1), .integer(101)], [.integer(1), .integer(103)]])
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
    }

    @Test(
        "an association with values that need one asks for them, checks their type, then attaches",
        arguments: Backend.all)
    func payloadForm(backend: Backend) async throws {
        // The line's key is one the database assigns: SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity.
        let lineKey =
            backend == .sqlite ? "INTEGER PRIMARY KEY" : "INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
        let database = try await backend.database([
            #"CREATE TABLE "Invoice" ("InvoiceId" INTEGER PRIMARY KEY, "Customer" TEXT NOT NULL)"#,
            #"CREATE TABLE "Track" ("TrackId" INTEGER PRIMARY KEY, "Name" TEXT NOT NULL)"#,
            #"CREATE TABLE "InvoiceLine" ("InvoiceLineId" \#(lineKey), "InvoiceId" INTEGER NOT NULL REFERENCES "Invoice"("InvoiceId"), "TrackId" INTEGER NOT NULL REFERENCES "Track"("TrackId"), "UnitPrice" NUMERIC(10,2) NOT NULL, "Quantity" INTEGER NOT NULL)"#,
            #"INSERT INTO "Invoice" VALUES (1, 'alice')"#,
            #"INSERT INTO "Track" VALUES (1, 'Blue'), (2, 'Green')"#,
            #"INSERT INTO "InvoiceLine" ("InvoiceId", "TrackId", "UnitPrice", "Quantity") VALUES (1, 1, 0.99, 1)"#,
        ])
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(database.location, "--open Invoice/1/tracks")
        try terminal.waitFor("row 1 of 1")
        try terminal.press("a")
        try terminal.type("gre")
        try terminal.waitFor("#2 Green")
        try terminal.press("Enter")
        try terminal.waitFor("values for the new link")
        try terminal.type("cheap")
        try terminal.press("Tab")
        try terminal.type("2")
        try terminal.press("Enter")
        // The cursor is back on the field that was refused.
        try terminal.waitFor("UnitPrice takes a number")
        for _ in 0..<5 { try terminal.press("BSpace") }
        try terminal.type("1.29")
        try terminal.press("Enter")
        try terminal.waitFor("attached 'Green' to invoice #1")
        try terminal.press("C-c")
        try terminal.waitFor("EXIT=0")
        let lines = try await database.rows(
            #"SELECT "InvoiceId", "TrackId", CAST("UnitPrice" AS DOUBLE PRECISION), "Quantity" FROM "InvoiceLine" ORDER BY "InvoiceLineId""#
        )
        #expect(
            lines == [
                [.integer(1), .integer(1), .real(0.99), .integer(1)],
                [.integer(1), .integer(2), .real(1.29), .integer(2)],
            ])
    }
}
