import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// The delete question says what the database does to the rows that refer to the row, by the
/// foreign key's ON DELETE action, and a delete that changed those rows is not "undone" by
/// re-inserting the one row.
@Suite struct UpdateDeleteConsequenceTests {
    /// Authors and their books, the books' reference declared with `action` (or only inferred).
    private static func state(_ action: ForeignKeyAction, inferred: Bool = false) -> AppState {
        let author = ModelSchema(
            name: "Author",
            fields: [
                FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "name", type: .text, isNullable: false),
            ],
            relations: [RelationSchema(name: "books", kind: .toMany, target: .table("Book"))])
        let book = ModelSchema(
            name: "Book",
            fields: [
                FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "author_id", type: .integer, isNullable: true),
            ],
            foreignKeys: [
                ForeignKey(
                    columns: ["author_id"], targetTable: "Author", targetColumns: ["id"], isInferred: inferred,
                    onDelete: action)
            ])
        return AppState(models: ModelCollection(schemas: [author, book]), size: ScreenSize(width: 80, height: 24))
    }

    /// Opens the authors, asks to delete the one author that three books refer to, and says yes.
    private static func deleteAuthor(in state: inout AppState) throws -> RowWrite {
        _ = update(&state, .key(.enter))
        let id = try #require(state.current?.id)
        let row = DynamicRow(values: [.integer(1), .text("Le Guin")])
        let result = RowsResult(
            rows: [row], placement: .jump(anchor: nil), start: 0, exhausted: true, total: 1, labels: [:], cursor: nil)
        _ = update(&state, .rowsLoaded(id, generation: 1, result))
        var asked: RowWrite?
        if case .countReferrers(_, _, _, _, let write)? = update(&state, .key(.character("D"))).first { asked = write }
        _ = update(&state, .referrersCounted(id, row, ["books": .count(3)], then: try #require(asked)))
        return try #require(state.confirmation?.write)
    }

    @Test(arguments: ForeignKeyAction.allCases)
    func theQuestionSaysWhatTheDatabaseDoes(action: ForeignKeyAction) throws {
        var state = Self.state(action)
        _ = try Self.deleteAuthor(in: &state)
        let question = try #require(state.confirmation?.question)
        let expected: String
        switch action {
        case .cascade: expected = "deleted with it"
        case .setNull: expected = "reference set to NULL"
        case .setDefault: expected = "reference set to its default"
        case .restrict, .noAction: expected = "would refuse the delete"
        }
        #expect(question == "Delete author #1 Le Guin? books ← Book (3): \(expected) (\(action.sql)) (y/n)")
    }

    @Test func anInferredReferenceIsLeftPointingAtNothing() throws {
        var state = Self.state(.noAction, inferred: true)
        _ = try Self.deleteAuthor(in: &state)
        #expect(state.confirmation?.question.contains("books ← Book (3): left pointing at nothing") == true)
    }

    /// Undo re-inserts the row only when the delete changed no other rows (the change stays on
    /// the undo stack until the undo is written); otherwise it says why not, writes nothing and
    /// drops the change from the undo stack.
    @Test(arguments: ForeignKeyAction.allCases)
    func undoRefusesWhenOtherRowsChanged(action: ForeignKeyAction) throws {
        var state = Self.state(action)
        let write = try Self.deleteAuthor(in: &state)
        #expect(update(&state, .key(.character("y"))).count == 1)
        let inverse = RowChange.insert(write.change.schema, values: ["id": .integer(1), "name": .text("Le Guin")])
        let id = try #require(state.current?.id)
        _ = update(&state, .written(id, write, WrittenChange(change: write.change, inverse: inverse, row: nil)))
        let undone = update(&state, .key(.character("u")))
        let changesOthers = [ForeignKeyAction.cascade, .setNull, .setDefault].contains(action)
        #expect(undone.isEmpty == changesOthers)
        #expect(state.undoStack.isEmpty == changesOthers)
        let status = try #require(state.status)
        #expect(status.isError == changesOthers)
        if changesOthers {
            #expect(
                status.text
                    == "cannot undo deleted author #1: the database also changed 3 Book rows (\(action.sql)), which re-inserting the row would not restore"
            )
        }
    }
}
