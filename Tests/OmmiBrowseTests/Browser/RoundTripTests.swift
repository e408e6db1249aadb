import Ommi
import Synchronization
import TerminalUI
import Testing

@testable import OmmiBrowse

/// How many statements a key sends to the database, for a server far away: a page of rows with
/// the labels of its references, and a record with the summaries of all its relations, are one
/// statement each (besides the pane's count), and label reads name only key and label columns.
/// Every label and count is checked against one computed apart, with plain SQL.
@Suite struct RoundTripTests {
    /// The statements the session's database runs while `body` runs.
    private static func traced(_ database: BrowserDatabase, _ body: () async -> Void) async -> [String] {
        let statements = Mutex<[String]>([])
        database.database.trace { sql in statements.withLock { $0.append(sql) } }
        await body()
        database.database.trace(nil)
        return statements.withLock { $0 }
    }

    /// Integers a statement of plain SQL returns, row by row.
    private static func integers(_ database: BrowserDatabase, _ sql: String) async throws -> [[Int64]] {
        var rows: [[Int64]] = []
        try await database.database.driver.query(SQLStatement(sql)) { row in
            rows.append(row.values.map { if case .integer(let value) = $0 { value } else { -1 } })
        }
        return rows
    }

    /// `PostTag` has two references with labels: its rows and both labels are one statement, and
    /// opening the pane costs that and its count.
    @Test func aPageWithLabelsIsOneStatement() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.down, .down, .down, .down)
        let statements = await Self.traced(database) { await session.press(.enter) }
        let rows = try #require(session.state.current?.rows)
        #expect(rows.schema.name == "PostTag")
        #expect(statements.count == 2, "\(statements)")
        #expect(statements.filter { $0.contains("count(*)") && !$0.contains("(SELECT") }.count == 1)
        // Only key and label columns of the rows referred to: never a post's body.
        #expect(!statements.contains { $0.contains("\"body\"") }, "\(statements)")
        var titles: [Int64: String] = [:]
        try await database.database.driver.query(SQLStatement(#"SELECT id, title FROM "Post""#)) { row in
            if case .integer(let id) = row.value(at: 0), case .text(let title) = row.value(at: 1) { titles[id] = title }
        }
        let tagNames: [Int64: String] = [101: "ommi", 102: "swift", 103: "guide", 104: "データベース", 105: "release"]
        let links = try await Self.integers(database, #"SELECT post_id, tag_id FROM "PostTag""#)
        #expect(rows.window.rows.count == links.count)
        for link in links {
            #expect(rows.labels["post_id"]?[.integer(link[0])] == titles[link[0]])
            #expect(rows.labels["tag_id"]?[.integer(link[1])] == tagNames[link[1]])
        }
    }

    /// A reference to no row gets no label, and the row is still shown.
    @Test func aDanglingReferenceHasNoLabel() async throws {
        let database = try await BrowserDatabase([
            #"CREATE TABLE "Owner" (id INTEGER PRIMARY KEY, name TEXT)"#,
            #"CREATE TABLE "Pet" (id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES "Owner"(id))"#,
            #"INSERT INTO "Owner" VALUES (1, 'ann'), (2, NULL)"#,
            "PRAGMA foreign_keys = OFF",
            #"INSERT INTO "Pet" VALUES (1, 1), (2, 2), (3, 9), (4, NULL)"#,
        ])
        defer { database.remove() }
        let session = await database.session()
        await session.press(.down, .enter)
        let rows = try #require(session.state.current?.rows)
        #expect(rows.schema.name == "Pet")
        #expect(rows.window.rows.count == 4)
        #expect(rows.labels["owner_id"] == [.integer(1): "ann", .integer(2): ""])
    }

    /// Opening a record reads it again with every summary in one statement, and each count and
    /// to-one row is the one plain SQL finds, for every post, author and tag.
    @Test func aRecordWithItsSummariesIsOneStatement() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog)
        defer { database.remove() }
        let session = await database.session()
        await session.press(.down, .down, .enter)
        let statements = await Self.traced(database) { await session.press(.enter) }
        #expect(statements.count == 1, "\(statements)")
        let record = try #require(session.state.current?.record)
        #expect(record.summaries["author"] == .target(key: "1", label: "Ada Lovelace"))

        let reader = RowReaderService(database: database.database, catalog: database.models.catalog)
        // Per model, the SQL of each owner's counts, and which column counts the relations to
        // each target model.
        let expectations: [(model: String, sql: String, columns: [String: Int])] = [
            (
                "Post",
                #"SELECT id, (SELECT count(*) FROM "Comment" c WHERE c.post_id = p.id), (SELECT count(*) FROM "PostTag" t WHERE t.post_id = p.id) FROM "Post" p"#,
                ["Comment": 1, "PostTag": 2, "Tag": 2]
            ),
            (
                "Author", #"SELECT id, (SELECT count(*) FROM "Post" p WHERE p.author_id = a.id) FROM "Author" a"#,
                ["Post": 1]
            ),
            (
                "Tag", #"SELECT id, (SELECT count(*) FROM "PostTag" t WHERE t.tag_id = g.id) FROM "Tag" g"#,
                ["PostTag": 1, "Post": 1]
            ),
        ]
        for (model, sql, columns) in expectations {
            let schema = try #require(database.models.schema(named: model))
            let owners = try await DynamicModel(schema: schema, database: database.database).rows()
            let expected = try await Self.integers(database, sql)
            #expect(owners.count == expected.count)
            let counted = schema.relations.filter { $0.kind != .toOne }
            #expect(Set(counted.map(\.target.tableName)) == Set(columns.keys))
            for (owner, counts) in zip(owners, expected) {
                let reading = await reader.summaries(of: schema.relations, owner: schema, row: owner)
                #expect(reading.row == owner)
                #expect(!reading.removed)
                for relation in counted {
                    let column = try #require(columns[relation.target.tableName])
                    #expect(
                        reading.summaries[relation.name] == .count(Int(counts[column])),
                        "\(model) #\(counts[0]) \(relation.name)")
                }
            }
        }
    }

    /// A record's row deleted elsewhere reads as removed, in the same one statement.
    @Test func aRemovedRecordReadsAsRemoved() async throws {
        let database = try await BrowserDatabase(SnapshotData.blog)
        defer { database.remove() }
        let schema = try #require(database.models.schema(named: "Comment"))
        let comment = try #require(try await DynamicModel(schema: schema, database: database.database).rows().first)
        _ = try await database.database.driver.execute(SQLStatement(#"DELETE FROM "Comment" WHERE id = 1"#))
        let reader = RowReaderService(database: database.database, catalog: database.models.catalog)
        let reading = await reader.summaries(of: schema.relations, owner: schema, row: comment)
        #expect(reading.removed)
        #expect(reading.row == nil)
    }
}
