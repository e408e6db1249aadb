import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Row changes written to a real SQLite file through the keys: triggers, constraints, conflicts,
/// undo and redo, checked against what the file holds.
@Suite struct SessionEditTests {
    static let library = [
        "CREATE TABLE author (id INTEGER PRIMARY KEY, name TEXT NOT NULL, mentor_id INTEGER REFERENCES author(id))",
        """
        CREATE TABLE book (id INTEGER PRIMARY KEY, title TEXT NOT NULL CHECK (length(title) > 0),
            author_id INTEGER REFERENCES author(id), last_update TEXT)
        """,
        "CREATE TRIGGER book_touched AFTER UPDATE OF title ON book BEGIN UPDATE book SET last_update = 'touched' WHERE id = NEW.id; END",
        "INSERT INTO author VALUES (1, 'Le Guin', NULL), (2, 'Herbert', 1), (3, 'Nobody', NULL)",
        "INSERT INTO book VALUES (1, 'Earthsea', 1, NULL), (2, 'Dune', 2, NULL)",
    ]

    /// The rows of `table` as stored, in key order, as plain texts.
    static func stored(_ database: BrowserDatabase, _ table: String) async throws -> [[String]] {
        let schema = try #require(database.models.schemas.first { $0.tableName == table })
        let rows = try await DynamicModel(schema: schema, database: database.database).rows(where: nil)
        return rows.map { $0.values.map(ValueText.plain) }
    }

    /// A session on the rows of `book`, the second model.
    static func books() async throws -> (BrowserDatabase, BrowserSession) {
        let database = try await BrowserDatabase(library)
        let session = await database.session()
        await session.press(.down, .enter)
        #expect(session.state.current?.title == "book")
        return (database, session)
    }

    /// A rename is written once, the trigger's change shows in the pane, undo puts the old
    /// title back and redo makes the rename again.
    @Test func renameUndoRedo() async throws {
        let (database, session) = try await Self.books()
        defer { database.remove() }
        await session.press(.character("l"), .character("e"), .control("u"))
        await session.type("A Wizard of Earthsea")
        await session.press(.enter)
        #expect(try await Self.stored(database, "book")[0] == ["1", "A Wizard of Earthsea", "1", "touched"])
        #expect(session.state.current?.rows?.currentRow?.values.last == .text("touched"))
        #expect(session.state.status?.text == "set title of book #1 to A Wizard of Earthsea; u undoes it")
        await session.press(.character("u"))
        #expect(try await Self.stored(database, "book")[0][1] == "Earthsea")
        await session.press(.control("r"))
        #expect(try await Self.stored(database, "book")[0][1] == "A Wizard of Earthsea")
        #expect(session.state.status?.text == "redone: set title of book #1 to A Wizard of Earthsea")
    }

    /// A row another program changed after it was read is not overwritten: the write is
    /// refused, said so, and the pane shows the row as stored now.
    @Test func aConflictOverwritesNothing() async throws {
        let (database, session) = try await Self.books()
        defer { database.remove() }
        await session.press(.character("l"), .character("e"), .control("u"))
        await session.type("Mine")
        _ = try await database.database.driver.execute(SQLStatement("UPDATE book SET title = 'Theirs' WHERE id = 1"))
        await session.press(.enter)
        #expect(try await Self.stored(database, "book")[0][1] == "Theirs")
        #expect(session.state.status?.isError == true)
        #expect(session.state.status?.text.contains("changed or removed elsewhere") == true)
        #expect(session.state.current?.rows?.currentRow?.values[1] == .text("Theirs"))
        #expect(session.state.undoStack.isEmpty)
    }

    /// A CHECK constraint's refusal is explained in one line and nothing changes.
    @Test func aRefusedValueChangesNothing() async throws {
        let (database, session) = try await Self.books()
        defer { database.remove() }
        let before = try await Self.stored(database, "book")
        await session.press(.character("l"), .character("e"), .control("u"), .enter)
        #expect(try await Self.stored(database, "book") == before)
        #expect(session.state.status?.text.hasPrefix("refused by the database") == true)
    }

    /// A reference is set through the picker: the row chosen by its label.
    @Test func aReferenceSetThroughThePicker() async throws {
        let (database, session) = try await Self.books()
        defer { database.remove() }
        await session.press(.character("l"), .character("l"), .character("e"))
        await session.type("herb")
        #expect(session.state.picker?.rows.count == 1)
        await session.press(.enter)
        #expect(try await Self.stored(database, "book")[0][2] == "2")
    }

    /// `/` also finds the label shown beside a reference: searching a book pane for an author's
    /// name goes to that author's book.
    @Test func searchMatchesReferenceLabels() async throws {
        let (database, session) = try await Self.books()
        defer { database.remove() }
        await session.press(.character("/"))
        await session.type("herbert")
        await session.press(.enter)
        let book = try #require(session.state.current?.rows)
        let author = try #require(book.currentRow?.value(ofColumn: "author_id", in: book.schema))
        #expect(book.labels["author_id"]?[author] == "Herbert")
        #expect(try await Self.stored(database, "book").first { $0[1] == "Dune" }?[2] == ValueText.plain(author))
    }

    /// `o` inserts through the form, the author chosen with the picker by typing its key, and
    /// selects the new row; its undo deletes it again.
    @Test func insertSelectsTheNewRow() async throws {
        let (database, session) = try await Self.books()
        defer { database.remove() }
        await session.press(.character("o"))
        let form = try #require(session.state.form)
        #expect(!form.fields.contains { $0.column == "id" })
        await session.type("Children of Dune")
        await session.press(.tab)
        await session.type("2")
        #expect((session.state.modal as? Picker)?.rows.count == 1)
        await session.press(.enter, .enter)
        let stored = try await Self.stored(database, "book")
        #expect(stored.last?[2] == "2")
        #expect(stored.count == 3)
        #expect(stored.last?[1] == "Children of Dune")
        #expect(session.state.current?.rows?.currentRow?.values[1] == .text("Children of Dune"))
        await session.press(.character("u"))
        #expect(try await Self.stored(database, "book").count == 2)
    }

    /// Deleting a row other rows refer to is refused by the foreign key and explained; an
    /// unreferenced row goes, and undo writes it back with every value.
    @Test func deleteReferencedAndUnreferenced() async throws {
        let database = try await BrowserDatabase(Self.library)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter, .character("D"))
        let question = session.state.confirmation?.question ?? ""
        #expect(question.contains("authors ← author (1): would refuse the delete (NO ACTION)"))
        #expect(question.contains("books ← book (1): would refuse the delete (NO ACTION)"))
        await session.press(.character("y"))
        #expect(session.state.status?.text == "other rows refer to it: nothing was changed")
        #expect(try await Self.stored(database, "author").count == 3)
        await session.press(.character("G"), .character("D"))
        #expect(session.state.confirmation?.question.contains("nothing refers to it") == true)
        await session.press(.character("y"))
        let authors = try await Self.stored(database, "author")
        #expect(authors.map { $0[1] } == ["Le Guin", "Herbert"])
        await session.press(.character("u"))
        #expect(try await Self.stored(database, "author").last == ["3", "Nobody", "NULL"])
    }
}
