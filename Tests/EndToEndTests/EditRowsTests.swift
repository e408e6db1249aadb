import Foundation
import Ommi
import Testing

/// Editing rows from the keyboard in the real binary, on SQLite and PostgreSQL: a database
/// with a trigger, CHECK constraints, a self reference and an association, checked after each
/// step with another program (the `sqlite3` tool, or a connection of the test's own).
@Suite("Editing rows in a terminal", .serialized)
struct EditRowsTests {
    static func library(_ backend: Backend) -> [String] {
        let trigger =
            backend == .sqlite
            ? [
                #"CREATE TRIGGER "book_touched" AFTER UPDATE OF "title" ON "Book" BEGIN UPDATE "Book" SET "last_update" = 'touched' WHERE "id" = NEW."id"; END"#
            ]
            : [
                #"CREATE FUNCTION "touch_book"() RETURNS trigger AS $$ BEGIN NEW."last_update" := 'touched'; RETURN NEW; END $$ LANGUAGE plpgsql"#,
                #"CREATE TRIGGER "book_touched" BEFORE UPDATE OF "title" ON "Book" FOR EACH ROW EXECUTE FUNCTION "touch_book"()"#,
            ]
        return [
            #"CREATE TABLE "Author" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL CHECK (length("name") > 0), "mentor_id" INTEGER REFERENCES "Author"("id"))"#,
            #"CREATE TABLE "Book" ("id" INTEGER PRIMARY KEY, "title" TEXT NOT NULL CHECK (length("title") > 0), "author_id" INTEGER REFERENCES "Author"("id"), "last_update" TEXT)"#,
            #"CREATE TABLE "Shelf" ("code" TEXT PRIMARY KEY, "name" TEXT NOT NULL)"#,
            #"CREATE TABLE "BookShelf" ("book_id" INTEGER NOT NULL REFERENCES "Book"("id"), "shelf_code" TEXT NOT NULL REFERENCES "Shelf"("code"), PRIMARY KEY ("book_id", "shelf_code"))"#,
            #"INSERT INTO "Author" VALUES (1, 'Le Guin', NULL), (2, 'Herbert', 1), (3, 'Nobody', NULL)"#,
            #"INSERT INTO "Book" VALUES (1, 'Earthsea', 1, NULL), (2, 'Dune', NULL, NULL)"#,
            #"INSERT INTO "Shelf" VALUES ('fav', 'Favourites')"#,
            #"INSERT INTO "BookShelf" VALUES (1, 'fav')"#,
        ] + trigger
    }

    /// The rows of a query as `a|b|c` lines: through the `sqlite3` tool for a file, through a
    /// connection of the test's own for PostgreSQL.
    static func stored(_ database: BrowsedDatabase, _ backend: Backend, _ sql: String) async throws -> [String] {
        guard backend == .sqlite else {
            return try await database.rows(sql).map { row in
                row.map { $0.isNull ? "NULL" : text($0) }.joined(separator: "|")
            }
        }
        let output = temporaryPath("sqlite3.txt")
        let status = try Spawn.run(
            ["sqlite3", "-readonly", "-nullvalue", "NULL", database.location, sql], output: output)
        #expect(status == 0)
        return try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    private static func text(_ value: DatabaseValue) -> String {
        switch value {
        case .integer(let number): String(number)
        case .real(let number): String(number)
        case .text(let text): text
        case .blob(let data): data.base64EncodedString()
        case .null: "NULL"
        }
    }

    /// The keys of the issue's walk: rename a book, set a book's author through the picker,
    /// insert a shelf through the form, delete a referenced and an unreferenced author, undo
    /// three changes and redo one. `check` runs after each step that writes; with `waiting`
    /// false the keys go without waiting for what a write would show (a read-only run).
    static func walk(
        _ terminal: TmuxTerminal, waiting: Bool, check: (String) async throws -> Void
    ) async throws {
        func wait(_ text: String) throws {
            if waiting { _ = try terminal.waitFor(text) } else { Thread.sleep(forTimeInterval: 0.3) }
        }
        try terminal.press("l", "e", "C-u")
        try terminal.type("A Wizard of Earthsea")
        try terminal.press("Enter")
        try wait("set title of book #1")
        try wait("touched")
        try await check("rename")
        try terminal.press("j", "l", "e")
        try wait("choose a Author")
        try terminal.type("herb")
        // The narrowed list, not the first one (which shows Herbert too, below Le Guin).
        if waiting { _ = try terminal.waitFor { $0.contains("#2 Herbert") && !$0.contains("#1 Le Guin") } }
        try terminal.press("Enter")
        try wait("set author_id of book #2")
        try wait("2 (Herbert)")
        try await check("reference")
        try terminal.press("Tab", "G", "Enter")
        try wait("row 1 of 1")
        try terminal.press("o")
        try wait("new Shelf")
        try terminal.type("new")
        try terminal.press("Tab")
        try terminal.type("New arrivals")
        try terminal.press("Enter")
        try wait("inserted a Shelf row")
        try await check("insert")
        try terminal.press("Tab", "g", "Enter")
        try wait("row 1 of 3")
        try terminal.press("D")
        try wait("ACTION)")
        try terminal.press("y")
        try wait("other rows refer to it")
        try await check("delete referenced")
        try terminal.press("G")
        try wait("row 3 of 3")
        try terminal.press("D")
        try wait("nothing refers to it")
        try terminal.press("y")
        try wait("deleted author #3")
        try await check("delete unreferenced")
        try terminal.press("u")
        try wait("undone: deleted author #3")
        try terminal.press("u")
        try wait("undone: inserted a Shelf row")
        try terminal.press("u")
        try wait("undone: set author_id of book #2")
        try await check("undo three")
        try terminal.press("C-r")
        try wait("redone: set author_id of book #2")
        try await check("redo one")
        try terminal.press("C-c")
        _ = try terminal.waitFor("EXIT=0")
    }

    @Test(
        "rename, a reference through the picker, an insert, two deletes, three undos and a redo, each in the database",
        arguments: Backend.all)
    func editWalk(backend: Backend) async throws {
        let database = try await backend.database(Self.library(backend))
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(database.location, "--open Book")
        try terminal.waitFor("row 1 of 2")
        let books = #"SELECT "id", "title", "author_id", "last_update" FROM "Book" ORDER BY "id""#
        let authors = #"SELECT "id", "name", "mentor_id" FROM "Author" ORDER BY "id""#
        let shelves = #"SELECT "code", "name" FROM "Shelf" ORDER BY "code""#
        let allAuthors = ["1|Le Guin|NULL", "2|Herbert|1", "3|Nobody|NULL"]
        try await Self.walk(terminal, waiting: true) { step in
            let stored = (
                books: try await Self.stored(database, backend, books),
                authors: try await Self.stored(database, backend, authors),
                shelves: try await Self.stored(database, backend, shelves)
            )
            switch step {
            case "rename":
                #expect(stored.books == ["1|A Wizard of Earthsea|1|touched", "2|Dune|NULL|NULL"])
            case "reference":
                #expect(stored.books[1] == "2|Dune|2|NULL")
            case "insert":
                #expect(stored.shelves == ["fav|Favourites", "new|New arrivals"])
            case "delete referenced":
                #expect(stored.authors == allAuthors)
            case "delete unreferenced":
                #expect(stored.authors == Array(allAuthors.prefix(2)))
            case "undo three":
                #expect(stored.authors == allAuthors)
                #expect(stored.shelves == ["fav|Favourites"])
                #expect(stored.books == ["1|A Wizard of Earthsea|1|touched", "2|Dune|NULL|NULL"])
            default:
                #expect(stored.books[1] == "2|Dune|2|NULL")
                #expect(stored.authors == allAuthors)
                #expect(stored.shelves == ["fav|Favourites"])
            }
        }
    }

    @Test("the same keys under --read-only leave the database as it was", arguments: Backend.all)
    func readOnlyWalk(backend: Backend) async throws {
        let database = try await backend.database(Self.library(backend))
        let tables = ["Author", "Book", "Shelf", "BookShelf"].map { #"SELECT * FROM ""# + $0 + #"" ORDER BY 1, 2"# }
        func snapshot() async throws -> [[String]] {
            if backend == .sqlite {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: database.location))
                return [[bytes.base64EncodedString()]]
            }
            var all: [[String]] = []
            for sql in tables { all.append(try await Self.stored(database, backend, sql)) }
            return all
        }
        let before = try await snapshot()
        let terminal = try TmuxTerminal()
        try terminal.launchBrowser(database.location, "--open Book --read-only")
        try terminal.waitFor("row 1 of 2")
        try await Self.walk(terminal, waiting: false) { _ in }
        #expect(try await snapshot() == before)
    }
}
