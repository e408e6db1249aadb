import Ommi
import OmmiBrowse
import TerminalUI
import Testing

/// The frequency pane (`F`) on a real SQLite file: its values and counts are those of a
/// `GROUP BY` written in the test, its filter is the rows pane's, it pages through many values a
/// window at a time, and `Enter` narrows the rows to a value, NULL included.
@Suite struct FrequencyTests {
    /// Customers in countries of uneven sizes, some without a country, and one city per customer
    /// among a few hundred, so the city column has more values than one window holds.
    static let customers: [String] = {
        let countries = [
            "USA", "Canada", "USA", "Brazil", "France", "USA", "Germany", "Canada", "France", "USA", "Brazil",
            "Portugal",
        ]
        var values: [String] = []
        for id in 1...400 {
            let country = id % 17 == 0 ? "NULL" : "'\(countries[id % countries.count])'"
            values.append("(\(id), 'Customer \(id)', \(country), 'City \(id * 7 % 360)')")
        }
        return [
            #"CREATE TABLE "Customer" ("CustomerId" INTEGER PRIMARY KEY, "Name" TEXT NOT NULL, "Country" TEXT, "City" TEXT)"#,
            #"INSERT INTO "Customer" VALUES "# + values.joined(separator: ", "),
        ]
    }()

    /// The values and counts of a column by hand-written SQL, most frequent first.
    private func expected(_ column: String, where filter: String = "1 = 1", in database: BrowserDatabase) async throws
        -> [GroupCount<DatabaseValue>]
    {
        var groups: [GroupCount<DatabaseValue>] = []
        let sql =
            #"SELECT "\#(column)", count(*) FROM "Customer" WHERE \#(filter) GROUP BY "\#(column)" ORDER BY count(*) DESC, "\#(column)""#
        try await database.database.driver.query(SQLStatement(sql)) { row in
            groups.append(GroupCount(value: row.value(at: 0), count: try row.decode(Int.self, at: 1)))
        }
        return groups
    }

    /// A session on the rows of Customer with the column cursor on `column`.
    private func customerRows(_ database: BrowserDatabase, column: String) async throws -> BrowserSession {
        let session = await database.session()
        await session.press(.enter)
        let columns = try #require(session.state.current?.rows?.columns)
        let index = try #require(columns.firstIndex(of: column))
        await session.press(Array(repeating: Key.character("l"), count: index))
        return session
    }

    private var frequency: (BrowserSession) -> FrequencyPane? {
        { $0.state.current?.content as? FrequencyPane }
    }

    @Test func theCoreReadsTheTableAWindowAtATime() async throws {
        let database = try await BrowserDatabase(Self.customers)
        defer { database.remove() }
        let schema = try #require(database.models.schema(named: "Customer"))
        let model = DynamicModel(schema: schema, database: database.database)
        let all = try await expected("City", in: database)
        var windows: [GroupCount<DatabaseValue>] = []
        for offset in stride(from: 0, to: all.count + 50, by: 50) {
            windows += try await model.frequencies(of: "City", in: model.query(), limit: 50, offset: offset)
        }
        #expect(windows == all)
        let counted = try await model.distinctValues(of: "Country", in: model.query())
        let countries = try await expected("Country", in: database)
        #expect(counted.values == countries.count)
        #expect(counted.rows == countries.map(\.count).reduce(0, +))
    }

    @Test func fCountsTheCursorColumnWithinTheFilter() async throws {
        let database = try await BrowserDatabase(Self.customers)
        defer { database.remove() }
        let session = try await customerRows(database, column: "Country")
        await session.press(.character("f"))
        await session.type("CustomerId > 100")
        await session.press(.enter, .character("F"))
        let pane = try #require(frequency(session))
        let wanted = try await expected("Country", where: #""CustomerId" > 100"#, in: database)
        #expect(pane.entries == wanted)
        #expect(pane.entries.first?.value == .text("USA"))
        #expect(pane.rows == 300)
        #expect(pane.position == "value 1 of \(wanted.count) · 300 rows")
        #expect(session.state.panes.map(\.title) == ["Customer", "frequency of Country"])
    }

    @Test func enterNarrowsTheRowsToTheValueAndNullToIsNull() async throws {
        let database = try await BrowserDatabase(Self.customers)
        defer { database.remove() }
        let session = try await customerRows(database, column: "Country")
        await session.press(.character("F"), .down, .enter)
        let all = try await expected("Country", in: database)
        var rows = try #require(session.state.current?.rows)
        #expect(session.state.panes.count == 1)
        #expect(rows.filterText == "Country = \(written(all[1].value))")
        #expect(rows.total == all[1].count)
        let nullIndex = try #require(all.firstIndex { $0.value.isNull })
        await session.press(.character("f"), .control("u"), .enter, .character("F"))
        await session.press(Array(repeating: Key.down, count: nullIndex))
        await session.press(.enter)
        rows = try #require(session.state.current?.rows)
        #expect(rows.filterText == "Country is null")
        #expect(rows.total == all[nullIndex].count)
    }

    @Test func manyValuesArePagedToTheLast() async throws {
        let database = try await BrowserDatabase(Self.customers)
        defer { database.remove() }
        let session = try await customerRows(database, column: "City")
        await session.press(.character("F"))
        let all = try await expected("City", in: database)
        var pane = try #require(frequency(session))
        #expect(pane.distinct == all.count)
        #expect(pane.entries.count < all.count)
        await session.press(.character("G"))
        pane = try #require(frequency(session))
        #expect(pane.cursor == all.count - 1)
        #expect(pane.current == all.last)
        await session.press(.character("g"))
        pane = try #require(frequency(session))
        #expect(pane.current == all.first)
    }

    @Test func snapshot() async throws {
        let database = try await BrowserDatabase(Self.customers)
        defer { database.remove() }
        let session = try await customerRows(database, column: "Country")
        await session.press(.character("F"), .down)
        Snapshot.check(session.screen, named: "frequency.txt")
    }
}

/// How the rows pane's filter text writes a value a frequency pane filters by.
private func written(_ value: DatabaseValue) -> String {
    if case .text(let text) = value { return "\"\(text)\"" }
    return value.description
}
