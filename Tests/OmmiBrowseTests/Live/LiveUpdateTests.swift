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

    /// Rows read again from the cursor's row are only some of the rows: how many changed comes
    /// from the count, which may arrive after them.
    @Test func aCountThatComesAfterThePartialRowsSaysHowManyChanged() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.receive(.rowsCounted(id, generation: 1, 30))
        driver.press(.down)
        let asked = driver.receive(Self.elsewhere)
        #expect(asked.contains(.countRows(id, generation: 2)))
        driver.answerLoad(with: BlogSchemas.posts(2...31), start: 1, exhausted: true, cursor: 1)
        #expect(driver.rows?.currentRow?.key == 2)
        #expect(driver.state.status == nil)
        driver.receive(.rowsCounted(id, generation: 2, 31))
        #expect(driver.rows?.total == 31)
        #expect(driver.state.status == .info("1 row changed elsewhere"))
    }

    /// The same count arriving before the rows is kept until they come, which then say it.
    @Test func aCountThatComesBeforeThePartialRowsSaysItWithThem() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.receive(.rowsCounted(id, generation: 1, 30))
        driver.press(.down)
        driver.receive(Self.elsewhere)
        driver.receive(.rowsCounted(id, generation: 2, 32))
        #expect(driver.rows?.total == 30)
        let rows = RowsResult(
            rows: BlogSchemas.posts(2...32), placement: .jump(anchor: BlogSchemas.posts(2...2)[0]), start: 1,
            exhausted: true, total: nil, labels: [:], cursor: 1)
        driver.receive(.rowsLoaded(id, generation: 2, rows))
        #expect(driver.rows?.total == 32)
        #expect(driver.state.status == .info("2 rows changed elsewhere"))
    }

    /// More rows being read as the cursor nears the end of those read are no reason to stay
    /// quiet about a commit that comes meanwhile, nor is a refresh already under way (PostgreSQL
    /// signals both the start and the end of another program's write).
    @Test func aCommitDuringOtherReadsStillSaysHowManyRowsChanged() {
        var driver = UpdateDriver()
        let id = driver.openPosts(exhausted: false)
        driver.receive(.rowsCounted(id, generation: 1, 40))
        // The first rows are read; the next ones are being read already.
        #expect(driver.rows?.reading == .more)
        driver.press(.down)
        driver.receive(Self.elsewhere)
        let asked = driver.receive(Self.elsewhere)
        #expect(asked.contains(.countRows(id, generation: 3)))
        driver.answerLoad(with: BlogSchemas.posts(2...31), start: 1, exhausted: false, cursor: 1)
        driver.receive(.rowsCounted(id, generation: 3, 41))
        #expect(driver.state.status == .info("1 row changed elsewhere"))
    }

    /// A refresh that comes while rows are being read to replace those shown reads them as that
    /// read was to place them: a sort from the first row, `G` the last rows, not from the row
    /// the cursor was on before.
    @Test func aRefreshDuringAReplacingReadPlacesTheRowsAsItWould() {
        var driver = UpdateDriver()
        let id = driver.openPosts(exhausted: false)
        driver.press(.down, .down)
        driver.press(.character("s"))
        let sorted = driver.receive(Self.elsewhere)
        #expect(sorted.contains(.loadRows(id, generation: 3, .jump(anchor: nil))))
        driver.answerLoad(with: BlogSchemas.posts(1...30), exhausted: false)
        driver.press(.character("G"))
        #expect(driver.rows?.replacement == .last)
        let last = driver.receive(Self.elsewhere)
        #expect(last.contains(.loadRows(id, generation: 5, .last)))
    }

    /// A search typed just before another program's commit is asked again by the refresh, whose
    /// reads would otherwise drop its answer and leave the status line at "searching…".
    @Test func aSearchUnderWayIsAskedAgainByARefresh() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.receive(.rowsCounted(id, generation: 1, 30))
        driver.press(.character("/"))
        driver.type("Post 7")
        #expect(driver.press(.enter) == [.search(id, generation: 1, text: "Post 7", forward: true)])
        let asked = driver.receive(Self.elsewhere)
        #expect(asked.contains(.search(id, generation: 2, text: "Post 7", forward: true)))
        #expect(!asked.contains { if case .loadRows(id, _, _) = $0 { true } else { false } })
        let found = RowsResult(
            rows: BlogSchemas.posts(7...30), placement: .jump(anchor: BlogSchemas.posts(7...7)[0]), start: 6,
            exhausted: true, total: nil, labels: [:], cursor: 6, foundText: "Post 7")
        driver.receive(.rowsLoaded(id, generation: 2, found))
        #expect(driver.rows?.currentRow?.key == 7)
        #expect(driver.state.status == .info("\"Post 7\" found in row 7; n next, N previous"))
        #expect(driver.rows?.searchUnderWay == nil)
    }

    /// A search asked again by a refresh that then finds nothing still lets the refresh read the
    /// rows.
    @Test func aSearchMissedDuringARefreshStillReadsTheRows() {
        var driver = UpdateDriver()
        let id = driver.openPosts()
        driver.press(.character("/"))
        driver.type("nowhere")
        driver.press(.enter)
        driver.receive(Self.elsewhere)
        let asked = driver.receive(.searchMissed(id, "nowhere"))
        #expect(asked.contains(.loadRows(id, generation: 3, .jump(anchor: BlogSchemas.posts(1...1)[0]))))
        #expect(driver.state.status == .info("no more rows contain \"nowhere\""))
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
