import Ommi
import TerminalUI
import Testing

@testable import OmmiBrowse

/// Another program's commits reach ``update(_:_:)`` as ``Message/databaseChanged(_:)``: every
/// pane, relation count and model count is read again, each cursor stays on its row, and the
/// schema is read again for tables added or dropped elsewhere.
@Suite struct LiveUpdateTests {
    static let elsewhere = Message.databaseChanged(DatabaseChange(elsewhere: true))

    /// The models the list shows at 80×24, each of which is counted again.
    static let counted = BlogSchemas.models.schemas.map(\.name).sorted().map(Asked.countModel)

    @Test func anotherProgramsCommitReadsPaneCountsAndSchemaAgain() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.receive(.rowsCounted(id, generation: 1, 30))
        driver.press(.down, .down)
        let anchor = BlogSchemas.posts(3...3)[0]
        let asked = driver.receive(Self.elsewhere)
        #expect(asked.first == .reflectSchema)
        #expect(asked.contains(.loadRows(id, generation: 2, .jump(anchor: anchor))))
        #expect(asked.contains(.countRows(id, generation: 2)))
        #expect(Self.counted.allSatisfy(asked.contains))
        // The count shown stays until the new one arrives.
        #expect(driver.rows?.total == 30)
    }

    /// A key that moves the cursor while a refresh is being read asks for the rows again from
    /// where the cursor went, so the refresh does not put it back.
    @Test func aKeyDuringARefreshIsNotUndoneByIt() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.receive(.rowsCounted(id, generation: 1, 30))
        driver.receive(Self.elsewhere)
        let asked = driver.press(.down)
        let moved = BlogSchemas.posts(2...2)[0]
        #expect(asked.contains(.loadRows(id, generation: 3, .jump(anchor: moved))))
        #expect(driver.rows?.currentRow == moved)
        // The answer to the first refresh read is stale now and changes nothing.
        #expect(
            driver.receive(
                .rowsLoaded(
                    id, generation: 2,
                    RowsResult(
                        rows: BlogSchemas.posts(1...30), placement: .jump(anchor: nil), start: 0, exhausted: true,
                        total: nil,
                        labels: [:], cursor: 0))
            ).isEmpty)
        #expect(driver.rows?.currentRow == moved)
    }

    @Test func thisSessionsOwnWritesAreNotRefreshedTwice() {
        var driver = UpdateDriver()
        driver.openPosts()
        #expect(driver.receive(.databaseChanged(DatabaseChange(tables: ["post"]))).isEmpty)
    }

    @Test func refreshedRowsKeepTheCursorLineAndSayHowManyChanged() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.press(.down, .down, .down, .down)
        let line = (driver.rows?.cursor ?? 0) - (driver.rows?.top ?? 0)
        driver.receive(Self.elsewhere)
        var rows = BlogSchemas.posts(1...31)
        rows[4].values[1] = .text("Renamed elsewhere")
        rows.remove(at: 9)
        driver.answerLoad(with: rows, start: 0, exhausted: true, cursor: 4)
        let pane = driver.rows
        #expect(pane?.cursor == 4)
        #expect(pane?.currentRow?.values[1] == .text("Renamed elsewhere"))
        #expect((pane?.cursor ?? 0) - (pane?.top ?? 0) == line)
        // Post 5 renamed, post 10 deleted, post 31 added.
        #expect(driver.state.status == .info("3 rows changed elsewhere"))
        #expect(driver.state.panes.first?.id == id)
        // The renamed and the added rows are marked until the next key.
        #expect(driver.rows?.changedRows == [rows[4], rows[29]])
        driver.press(.down)
        #expect(driver.rows?.changedRows.isEmpty == true)
    }

    @Test func anOpenModalHoldsTheRefreshUntilItCloses() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.press(.character("/"))
        #expect(driver.state.prompt != nil)
        #expect(driver.receive(Self.elsewhere).isEmpty)
        #expect(driver.rows?.generation == 1)
        let asked = driver.press(.escape)
        #expect(driver.state.modal == nil)
        #expect(asked.contains(.reflectSchema))
        #expect(asked.contains(.loadRows(id, generation: 2, .jump(anchor: BlogSchemas.posts(1...1)[0]))))
    }

    @Test func aRecordPaneSummarizesItsRelationsAgain() throws {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.press(.enter)
        let record = try #require(driver.state.current)
        let asked = driver.receive(Self.elsewhere)
        #expect(asked.contains(.summarizeRelations(record.id, model: "Post", relations: ["author", "tags"])))
        #expect(asked.contains(.loadRows(id, generation: 2, .jump(anchor: BlogSchemas.posts(1...1)[0]))))
    }

    @Test func aTableDroppedElsewhereLeavesTheListAndItsPaneSaysSo() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        let remaining = [BlogSchemas.tag, BlogSchemas.postTag, BlogSchemas.author]
        driver.receive(.schemaReflected(ModelCollection(schemas: remaining)))
        #expect(driver.state.models.map(\.name) == remaining.map(\.name).sorted())
        #expect(driver.rows?.gone == "Post was dropped elsewhere")
        #expect(driver.rows?.window.rows.isEmpty == true)
        #expect(driver.state.status == .info("tables changed elsewhere: −Post"))
        // Its rows are not read again: the table is gone.
        #expect(!driver.receive(Self.elsewhere).contains { if case .loadRows(id, _, _) = $0 { true } else { false } })
        #expect(view(driver.state).text.contains("Post was dropped elsewhere"))
    }

    @Test func aTableCreatedElsewhereJoinsTheListAndIsCounted() {
        var driver = UpdateDriver()
        driver.openPosts()
        let comment = ModelSchema(
            name: "Comment", fields: [FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true)])
        let asked = driver.receive(.schemaReflected(ModelCollection(schemas: BlogSchemas.models.schemas + [comment])))
        #expect(driver.state.models.map(\.name).contains("Comment"))
        #expect(asked.contains(.countModel("Comment")))
        #expect(driver.state.status == .info("tables changed elsewhere: +Comment"))
        #expect(
            driver.receive(.schemaReflected(ModelCollection(schemas: BlogSchemas.models.schemas + [comment]))).isEmpty)
    }

    @Test func aColumnAddedElsewhereReachesTheOpenPane() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        var post = BlogSchemas.post
        post.fields.append(FieldSchema(name: "subtitle", type: .text, isNullable: true))
        let schemas = [BlogSchemas.tag, post, BlogSchemas.postTag, BlogSchemas.author]
        let asked = driver.receive(.schemaReflected(ModelCollection(schemas: schemas)))
        #expect(driver.rows?.columns.contains("subtitle") == true)
        // Rows read under the old columns are gone; the cursor's row is read again, with the new
        // column, from where it was.
        #expect(driver.rows?.window.rows.isEmpty == true)
        let anchor = DynamicRow(values: BlogSchemas.posts(1...1)[0].values + [.null])
        #expect(asked.contains(.loadRows(id, generation: 2, .jump(anchor: anchor))))
        #expect(view(driver.state).text.contains("subtitle"))
    }

    @Test func rReadsTheSchemaAndTheCountsAgain() {
        var driver = UpdateDriver()
        driver.openPosts()
        let asked = driver.press(.character("r"))
        #expect(asked.contains(.reflectSchema))
        #expect(Self.counted.allSatisfy(asked.contains))
    }
}
