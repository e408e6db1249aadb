import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// `e`, `o`, `D`, undo and redo of row changes, from the keys to the writes asked for.
@Suite struct UpdateRowEditTests {
    /// The write the last keys asked for.
    private func lastWrite(_ driver: UpdateDriver) -> RowWrite? {
        for effect in driver.effects.reversed() {
            if case .write(_, let write) = effect { return write }
        }
        return nil
    }

    /// `e` on the title cell opens the editor with the value; what is typed replaces it, and
    /// Enter asks for one update that finds the row by its key and the values it was read with.
    @Test func editingACellWritesOneUpdate() throws {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.down, .character("l"), .character("e"))
        let post = BlogSchemas.posts(2...2)[0]
        #expect(driver.state.modal is CellEditor)
        #expect((driver.state.modal as? CellEditor)?.text == ValueText.plain(post.values[1]))
        driver.press(.control("u"))
        driver.type("Renamed")
        #expect(
            driver.press(.enter) == [
                .write(.opened(1), .update, model: "Post", description: "set title of post #2 to Renamed")
            ])
        let write = try #require(lastWrite(driver))
        #expect(write.change.values == ["title": .text("Renamed")])
        #expect(write.change.match["id"] == post.values[0])
        #expect(write.change.match["title"] == post.values[1])
        #expect(driver.state.modal == nil)
    }

    /// A value that does not fit the column's type is refused before anything is written, and
    /// the editor stays open; NULL only where the column allows it.
    @Test func valuesAreCheckedBeforeWriting() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("e"), .control("u"))
        driver.type("twelve")
        #expect(driver.press(.enter).isEmpty)
        #expect(driver.state.status == .error("id takes a whole number"))
        #expect(driver.state.modal is CellEditor)
        driver.press(.escape, .character("l"), .character("e"), .control("n"))
        #expect(driver.state.status == .error("title cannot be NULL"))
        #expect((driver.state.modal as? CellEditor)?.isNull == false)
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.state.status?.text == "nothing was changed")
    }

    /// Enter without a change writes nothing.
    @Test func anUnchangedValueWritesNothing() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("l"), .character("e"))
        #expect(driver.press(.enter).isEmpty)
        #expect(driver.state.status?.text.hasPrefix("nothing was changed") == true)
    }

    /// A reference cell opens the picker over the model it refers to; the row chosen sets the
    /// reference, and Ctrl-n sets it to NULL.
    @Test func aReferenceIsChosenWithThePicker() throws {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("l"), .character("l"))
        #expect(driver.press(.character("e")) == [.pick(generation: 1, target: "Author")])
        let grace = DynamicRow(values: [.integer(3), .text("Grace")])
        driver.receive(.pickerLoaded(generation: 1, [grace]))
        #expect(
            driver.press(.enter) == [
                .write(.opened(1), .update, model: "Post", description: "set author_id of post #1 to #3 Grace")
            ])
        #expect(lastWrite(driver)?.change.values == ["author_id": .integer(3)])
        driver.press(.character("e"))
        #expect(
            driver.press(.control("n")) == [
                .write(.opened(1), .update, model: "Post", description: "set author_id of post #1 to NULL")
            ])
        #expect(lastWrite(driver)?.change.values == ["author_id": .null])
    }

    /// The record pane edits the field on the cursor's line.
    @Test func theRecordEditsItsField() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.enter, .down, .character("e"), .control("u"))
        driver.type("Other")
        #expect(
            driver.press(.enter) == [
                .write(.opened(2), .update, model: "Post", description: "set title of post #1 to Other")
            ])
    }

    /// `o` opens a form of every column; in a to-many pane the reference to the owner is filled
    /// in. A missing required value is named; a complete form asks for one insert.
    @Test func insertingThroughAForm() throws {
        var driver = UpdateDriver()
        driver.press(.enter)
        driver.answerLoad(with: [DynamicRow(values: [.integer(7), .text("Ada")])], exhausted: true)
        driver.press(.enter, .down, .down, .enter)
        driver.answerLoad(with: [], exhausted: true)
        #expect(driver.state.panes.map(\.title) == ["Author", "#7 Ada", "posts"])
        driver.press(.character("o"))
        let form = try #require(driver.state.form)
        #expect(form.fields.map(\.column) == ["id", "title", "author_id"])
        #expect(form.values == ["", "", "7"])
        let owner = RowForm.referenceLabel(BlogSchemas.author, DynamicRow(values: [.integer(7), .text("Ada")]))
        #expect(form.labels == [2: owner])
        driver.type("40")
        #expect(driver.press(.enter).isEmpty)
        #expect(driver.state.status == .error("title needs a value"))
        #expect(driver.state.form?.cursor == 1)
        driver.type("Hello")
        #expect(
            driver.press(.enter) == [.write(.opened(3), .insert, model: "Post", description: "inserted a Post row")])
        #expect(
            lastWrite(driver)?.change.values == ["id": .integer(40), "title": .text("Hello"), "author_id": .integer(7)])
    }

    /// `D` first reads what refers to the row, then asks; only `y` deletes.
    @Test(arguments: [Key.enter, .escape, .character("n")])
    func deletingAsksAndTakesOnlyY(refusal: Key) {
        var driver = UpdateDriver()
        driver.openPosts()
        #expect(driver.press(.character("D")) == [.countReferrers(.opened(1), model: "Post")])
        let row = BlogSchemas.posts(1...1)[0]
        let write = RowWrite(
            change: .delete(BlogSchemas.post, match: ["id": .integer(1)]), description: "deleted post #1")
        driver.receive(.referrersCounted(.opened(1), row, ["tags": .count(2)], then: write))
        #expect(
            driver.state.confirmation?.question.contains("tags ← PostTag (2): would refuse the delete (NO ACTION)")
                == true)
        #expect(driver.press(refusal).isEmpty)
        #expect(driver.state.status?.text == "nothing was deleted")
        driver.press(.character("D"))
        driver.receive(.referrersCounted(.opened(1), row, ["tags": .count(0)], then: write))
        #expect(driver.state.confirmation?.question.contains("nothing refers to it") == true)
        #expect(
            driver.press(.character("y")) == [
                .write(.opened(1), .delete, model: "Post", description: "deleted post #1")
            ])
    }

    /// A key change is asked about when rows refer to the old key, and written at once when none do.
    @Test func aReferencedKeyChangeAsksFirst() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("e"), .control("u"))
        driver.type("99")
        #expect(driver.press(.enter) == [.countReferrers(.opened(1), model: "Post")])
        guard case .countReferrers(_, _, let row, _, let write)? = driver.effects.first else {
            Issue.record("no count of referrers was asked for")
            return
        }
        driver.receive(.referrersCounted(.opened(1), row, ["tags": .count(2)], then: write))
        #expect(
            driver.state.confirmation?.question.hasPrefix("Change the key of post #1 Post 1? referred to by tags (2)")
                == true)
        #expect(
            driver.press(.character("y")) == [
                .write(.opened(1), .update, model: "Post", description: "set id of post #1 to 99")
            ])
        let asked = driver.receive(.referrersCounted(.opened(1), row, ["tags": .count(0)], then: write))
        #expect(asked == [.write(.opened(1), .update, model: "Post", description: "set id of post #1 to 99")])
    }

    /// Undo and redo walk the changes newest first; a new change forgets what was undone.
    @Test func undoAndRedo() throws {
        var driver = UpdateDriver()
        driver.openPosts()
        let rename = RowWrite(
            change: .update(BlogSchemas.post, match: ["id": .integer(1)], values: ["title": .text("B")]),
            description: "set title of post #1 to B")
        let back = RowChange.update(BlogSchemas.post, match: ["id": .integer(1)], values: ["title": .text("A")])
        driver.receive(.written(.opened(1), rename, WrittenChange(change: rename.change, inverse: back, row: nil)))
        #expect(driver.press(.control("r")).isEmpty)
        #expect(driver.state.status?.text == "nothing to redo")
        #expect(driver.press(.character("u")) == [.undo(description: rename.description)])
        let undo = try #require(lastWrite(driver))
        driver.receive(.written(.opened(1), undo, WrittenChange(change: back, inverse: rename.change, row: nil)))
        #expect(driver.state.undoStack.isEmpty)
        #expect(driver.state.redoStack.count == 1)
        #expect(driver.press(.control("r")) == [.redo(description: rename.description)])
        let redo = try #require(lastWrite(driver))
        driver.receive(.written(.opened(1), redo, WrittenChange(change: rename.change, inverse: back, row: nil)))
        #expect(driver.state.undoStack.count == 1)
        #expect(driver.state.redoStack.isEmpty)
        #expect(driver.state.status?.text == "redone: \(rename.description)")
        driver.press(.character("u"))
        driver.receive(
            .written(
                .opened(1), try #require(lastWrite(driver)),
                WrittenChange(change: back, inverse: rename.change, row: nil)))
        driver.receive(.written(.opened(1), rename, WrittenChange(change: rename.change, inverse: back, row: nil)))
        #expect(driver.state.redoStack.isEmpty)
    }

    /// A row changed elsewhere is not overwritten: the refusal is shown and the panes read again.
    @Test func aConflictIsReportedAndTheRowsReadAgain() {
        var driver = UpdateDriver()
        driver.openPosts()
        let rename = RowWrite(
            change: .update(BlogSchemas.post, match: ["id": .integer(1)], values: ["title": .text("B")]),
            description: "set title")
        let asked = driver.receive(
            .writeRefused(
                .opened(1), rename, "already gone (changed elsewhere?): nothing was changed; rows reloaded",
                reload: true))
        #expect(driver.state.status?.isError == true)
        #expect(asked.contains(.loadRows(.opened(1), generation: 2, .jump(anchor: BlogSchemas.posts(1...1)[0]))))
    }

    /// Nothing is offered for writing under --read-only or in a view, and the status line says why.
    @Test func readOnlyAndViewsRefuseEveryEdit() {
        var driver = UpdateDriver()
        driver.state.readOnly = true
        driver.openPosts()
        for key in [Key.character("e"), .character("o"), .character("D"), .control("r")] {
            #expect(driver.press(key).isEmpty)
            #expect(driver.state.modal == nil)
            #expect(driver.state.status?.text.hasPrefix("read-only") == true)
        }
        var view = BlogSchemas.tag
        view.isReadOnly = true
        var state = AppState(models: ModelCollection(schemas: [view]), size: ScreenSize(width: 80, height: 24))
        _ = update(&state, .key(.enter))
        let id = state.current?.id
        _ = update(
            &state,
            .rowsLoaded(
                .opened(1), generation: 1,
                RowsResult(
                    rows: [DynamicRow(values: [.integer(1), .text("x")])], placement: .jump(anchor: nil), start: 0,
                    exhausted: true, total: 1, labels: [:], cursor: nil)))
        #expect(id == .opened(1))
        #expect(update(&state, .key(.character("e"))).isEmpty)
        #expect(state.status == .error("Tag is a view: read-only"))
        #expect(!StatusLine.hints(state).contains("e edit"))
    }

    /// `c` puts the column cursor on the first column whose name starts with (or contains)
    /// what was typed; the key column stays shown at the left.
    @Test func jumpingToAColumn() {
        var driver = UpdateDriver()
        driver.openPosts()
        driver.press(.character("c"))
        driver.type("auth")
        driver.press(.enter)
        #expect(driver.rows?.firstColumn == 2)
        #expect(driver.rows?.shownColumns == ["id", "author_id"])
        driver.press(.character("c"))
        driver.type("zzz")
        driver.press(.enter)
        #expect(driver.state.status == .error("no column is called like \"zzz\""))
        #expect(driver.rows?.firstColumn == 2)
    }
}
