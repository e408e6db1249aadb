import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Attach, detach and undo, from the keys to the effects the runner performs.
@Suite struct UpdateEditTests {
    static let tags = [
        DynamicRow(values: [.integer(101), .text("ommi")]), DynamicRow(values: [.integer(103), .text("guide")]),
    ]

    /// Post 1's tags pane, with its two rows read.
    static func tagsPane(readOnly: Bool = false) -> UpdateDriver {
        var driver = UpdateDriver()
        driver.state.readOnly = readOnly
        driver.openPosts()
        driver.press(.enter)
        driver.press(Array(repeating: .down, count: BlogSchemas.post.fields.count + 1) + [.enter])
        driver.answerLoad(with: tags, exhausted: true)
        return driver
    }

    /// `a` opens the picker and reads the rows not attached yet; typing reads again, and only
    /// the newest read's rows are shown.
    @Test func attachOpensAPickerThatNarrowsAsYouType() throws {
        var driver = Self.tagsPane()
        #expect(driver.press(.character("a")) == [.pick(generation: 1, target: "Tag")])
        #expect(driver.type("py") == [.pick(generation: 2, target: "Tag"), .pick(generation: 3, target: "Tag")])
        driver.receive(.pickerLoaded(generation: 2, [DynamicRow(values: [.integer(104), .text("pyramid")])]))
        #expect(driver.state.picker?.rows.isEmpty == true)
        let python = DynamicRow(values: [.integer(102), .text("python")])
        driver.receive(.pickerLoaded(generation: 3, [python]))
        #expect(driver.state.picker?.rows == [python])
        #expect(
            driver.press(.enter) == [
                .write(.opened(3), .insert, model: "PostTag", description: "attached 'python' to post #1")
            ])
        #expect(driver.state.picker == nil)
    }

    /// Esc closes the picker and writes nothing.
    @Test func escapeClosesThePicker() {
        var driver = Self.tagsPane()
        driver.press(.character("a"))
        #expect(driver.press(.escape).isEmpty)
        #expect(driver.state.picker == nil)
        #expect(driver.state.status?.text == "nothing was attached")
    }

    /// `d` asks first; `y` detaches the row under the cursor, `n` does nothing.
    @Test func detachAsksFirst() {
        var driver = Self.tagsPane()
        driver.press(.down)
        #expect(driver.press(.character("d")).isEmpty)
        #expect(driver.state.confirmation?.question == "Detach 'guide' from post #1? (y/n)")
        #expect(driver.press(.character("x")).isEmpty)
        #expect(driver.press(.character("n")).isEmpty)
        #expect(driver.state.confirmation == nil)
        driver.press(.character("d"))
        #expect(
            driver.press(.character("y")) == [
                .write(.opened(3), .delete, model: "PostTag", description: "detached 'guide' from post #1")
            ])
    }

    /// A change that was written goes on the undo stack and every pane reads again; `u` undoes
    /// the newest change.
    @Test func aChangeCanBeUndone() throws {
        var driver = Self.tagsPane()
        #expect(driver.press(.character("u")).isEmpty)
        #expect(driver.state.status?.text == "nothing to undo")
        let link: [String: DatabaseValue] = ["post_id": .integer(1), "tag_id": .integer(102)]
        let write = RowWrite(
            change: .insert(BlogSchemas.postTag, values: link), description: "attached 'python' to post #1")
        let written = WrittenChange(
            change: write.change, inverse: .delete(BlogSchemas.postTag, match: link),
            row: DynamicRow(values: [.integer(1), .integer(102)]))
        let asked = driver.receive(.written(.opened(3), write, written))
        #expect(asked.contains(.summarizeRelations(.opened(2), model: "Post", relations: ["author", "tags"])))
        #expect(asked.contains(.countRows(.opened(3), generation: 2)))
        #expect(driver.state.status?.text == "attached 'python' to post #1; u undoes it")
        #expect(driver.press(.character("u")) == [.undo(description: "attached 'python' to post #1")])
        // The change leaves the undo stack once its undo is written, not before.
        #expect(driver.state.undoStack.count == 1)
        guard case .write(_, let undo)? = driver.effects.first else {
            Issue.record("u asked for no write")
            return
        }
        driver.receive(.written(.opened(3), undo, WrittenChange(change: undo.change, inverse: write.change, row: nil)))
        #expect(driver.state.undoStack.isEmpty)
        #expect(driver.state.status?.text == "undone: attached 'python' to post #1; Ctrl-r redoes it")
    }

    /// A refused change is reported in the status line as an error.
    @Test func aRefusedChangeIsReported() {
        var driver = Self.tagsPane()
        let write = RowWrite(
            change: .insert(BlogSchemas.postTag, values: [:]), description: "attached 'python' to post #1")
        driver.receive(.writeRefused(.opened(3), write, "database is locked: nothing was changed", reload: false))
        #expect(driver.state.status == .error("database is locked: nothing was changed"))
    }

    /// Nothing is written when the browser is read-only, and the status line says why.
    @Test func readOnlyRefusesEveryChange() {
        var driver = Self.tagsPane(readOnly: true)
        #expect(driver.press(.character("a")).isEmpty)
        #expect(driver.state.picker == nil)
        #expect(driver.state.status?.isError == true)
        #expect(driver.press(.character("d")).isEmpty)
        #expect(driver.state.confirmation == nil)
        #expect(driver.press(.character("u")).isEmpty)
        #expect(driver.state.status?.text.hasPrefix("read-only") == true)
    }

    /// `a` and `d` outside a many-to-many pane say where they work.
    @Test func attachOutsideAManyToManyPane() {
        var driver = UpdateDriver()
        driver.openPosts()
        #expect(driver.press(.character("a")).isEmpty)
        #expect(driver.state.status?.text.contains("many-to-many") == true)
    }

    /// Payload values are checked against their column's type before anything is written.
    @Test func payloadValuesAreChecked() {
        let price = FieldSchema(name: "price", type: .any, declaredType: "NUMERIC(10,2)", isNullable: false)
        let quantity = FieldSchema(name: "quantity", type: .integer, isNullable: false)
        var form = RowForm(paneID: .opened(1), purpose: .attach(DynamicRow(values: [])), fields: [price, quantity])
        form.values = ["cheap", "2"]
        #expect(form.payload() == .failure(PayloadError(field: "price", problem: "takes a number")))
        form.values = ["1.29", "2.5"]
        #expect(form.payload() == .failure(PayloadError(field: "quantity", problem: "takes a whole number")))
        form.values = ["1.29", ""]
        #expect(form.payload() == .failure(PayloadError(field: "quantity", problem: "needs a value")))
        form.values = ["1.29", "2"]
        #expect(form.payload() == .success(["price": .real(1.29), "quantity": .integer(2)]))
    }
}

/// Enter on a reference field follows it, as Enter on its relation does.
@Suite struct UpdateReferenceFieldTests {
    @Test func enterOnAReferenceFieldOpensItsTarget() throws {
        let author = ModelSchema(
            name: "Author", fields: [FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true)])
        let book = ModelSchema(
            name: "Book",
            fields: [
                FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "author_id", type: .integer, isNullable: true),
            ],
            foreignKeys: [ForeignKey(columns: ["author_id"], targetTable: "Author", targetColumns: ["id"])],
            relations: [RelationSchema(name: "author", kind: .toOne, target: .table("Author"), via: ["author_id"])])
        var state = AppState(models: ModelCollection(schemas: [author, book]), size: ScreenSize(width: 80, height: 24))
        _ = update(&state, .key(.down))
        _ = update(&state, .key(.enter))
        let rows = try #require(state.current)
        let result = RowsResult(
            rows: [DynamicRow(values: [.integer(1), .integer(7)])], placement: .jump(anchor: nil), start: 0,
            exhausted: true, total: 1, labels: [:], cursor: nil)
        _ = update(&state, .rowsLoaded(rows.id, generation: 1, result))
        _ = update(&state, .key(.enter))
        _ = update(&state, .key(.down))
        _ = update(&state, .key(.enter))
        #expect(state.panes.map(\.title) == ["Book", "#1", "author"])
        #expect(state.current?.rows?.schema.name == "Author")
    }
}
