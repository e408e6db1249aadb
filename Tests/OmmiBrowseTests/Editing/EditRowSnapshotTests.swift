import TerminalUI
import Testing

@testable import OmmiBrowse

/// The editor, the reference picker, the insert form and the delete question, at 80×24.
@Suite struct EditRowSnapshotTests {
    @Test func cellEditor() async throws {
        let (database, session) = try await SessionEditTests.books()
        defer { database.remove() }
        await session.press(.character("l"), .character("e"))
        await session.type(" (1968)")
        Snapshot.check(session.screen, named: "edit-cell.txt")
    }

    @Test func referencePicker() async throws {
        let (database, session) = try await SessionEditTests.books()
        defer { database.remove() }
        await session.press(.character("l"), .character("l"), .character("e"))
        Snapshot.check(session.screen, named: "edit-reference.txt")
    }

    @Test func insertForm() async throws {
        let (database, session) = try await SessionEditTests.books()
        defer { database.remove() }
        await session.press(.character("o"))
        await session.type("The Left Hand of Darkness")
        Snapshot.check(session.screen, named: "insert-form.txt")
    }

    /// The author of the new book chosen with the picker: the key, and the author's name beside it.
    @Test func insertFormWithAPickedReference() async throws {
        let (database, session) = try await SessionEditTests.books()
        defer { database.remove() }
        await session.press(.character("o"))
        await session.type("Dune Messiah")
        await session.press(.tab)
        await session.type("Herb")
        #expect((session.state.modal as? Picker)?.rows.count == 1)
        await session.press(.enter)
        #expect(session.state.form?.labels.values.contains { $0.contains("Herbert") } == true)
        Snapshot.check(session.screen, named: "insert-form-reference.txt")
    }

    @Test func deleteQuestion() async throws {
        let database = try await BrowserDatabase(SessionEditTests.library)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.enter, .character("D"))
        Snapshot.check(session.screen, named: "delete-question.txt")
    }
}
