import Ommi
import OmmiSQLite
import Testing

@testable import OmmiBrowse

/// Parsed filters run through the real compiler and SQLite: they select the expected rows, and
/// what looks like SQL in the input stays a value.
@Suite struct FilterSQLiteTests {
    private let database: Ommi
    private let posts: DynamicModel

    init() async throws {
        database = Ommi(try await SQLiteDriver.connect())
        try await ModelCollection(schemas: [postSchema]).setup(on: database)
        try await database.driver.execute(SQLStatement("CREATE TABLE x (a)"))
        try await database.driver.execute(SQLStatement("INSERT INTO x VALUES (1)"))
        posts = DynamicModel(schema: postSchema, database: database)
        let rows: [[String: DatabaseValue]] = [
            [
                "id": 1, "title": "Swift is great", "views": 100, "rating": 4.5, "zip": "01234",
                "Order Date": "2021-05-01",
            ],
            ["id": 2, "title": "swift on the server", "views": 5, "zip": "99999", "Order Date": "2019-01-01"],
            ["id": 3, "title": "Rust", "rating": 3.0, "zip": "1234"],
            ["id": 4, "title": "'; DROP TABLE x; --", "views": 10, "note": 10, "select": 1],
            ["id": 5, "title": "50% off_sale", "views": 11, "note": "10", "日本": "語"],
        ]
        for row in rows { try await posts.add(row) }
    }

    /// The ids of the rows the filter selects, in order.
    private func ids(_ filter: String) async throws -> [Int64] {
        let condition = try FilterExpression(parsing: filter, schema: postSchema).condition
        let rows = try await posts.rows(where: condition, order: [SortKey(ColumnRef(table: "Post", column: "id"))])
        return rows.map { row in
            if case .integer(let id) = row.values[0] { return id }
            return -1
        }
    }

    @Test func filtersSelectTheExpectedRows() async throws {
        #expect(try await ids(#"title ~ "swift" and views > 10"#) == [1])
        #expect(try await ids(#"title ~ "SWIFT" or views is null"#) == [1, 2, 3])
        #expect(try await ids("not views > 10") == [2, 4])
        #expect(try await ids("views != 10") == [1, 2, 5])
        #expect(try await ids("views = null") == [3])
        #expect(try await ids("rating is not null and (rating < 4 or zip ~ 0)") == [1, 3])
        #expect(try await ids("select = true") == [4])
        #expect(try await ids("日本 = 語") == [5])
        #expect(try await ids("views >= [id] and views <= 10") == [2, 4])
    }

    @Test func valuesFollowTheColumnType() async throws {
        #expect(try await ids("zip = 01234") == [1])
        #expect(try await ids("zip = 1234") == [3])
        #expect(try await ids(#"views = "10""#) == [4])
        #expect(try await ids("[Order Date] > 2020") == [1])
        #expect(try await ids("note = 10") == [4])
        #expect(try await ids("note = '10'") == [5])
    }

    @Test func likeWildcardsInContainsMatchThemselves() async throws {
        #expect(try await ids("title ~ '%'") == [5])
        #expect(try await ids("title ~ _") == [5])
        #expect(try await ids(#"title ~ "'""#) == [4])
    }

    @Test func injectionAttemptsAreInert() async throws {
        #expect(try await ids(#"title = "'; DROP TABLE x; --""#) == [4])
        #expect(try await ids("title ~ \"' OR 1=1 --\"") == [])
        #expect(try await ids(#"title = "x\" OR \"1\"=\"1""#) == [])
        var remaining: [DatabaseValue] = []
        try await database.driver.query(SQLStatement("SELECT count(*) FROM x")) { remaining.append($0.value(at: 0)) }
        #expect(remaining == [.integer(1)])
        #expect(try await posts.count() == 5)
    }
}
