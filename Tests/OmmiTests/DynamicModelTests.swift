import Foundation
import Ommi
import OmmiSQLite
import Synchronization
import Testing

/// Dynamic models run on the same AST and driver as typed ones.
@Suite struct DynamicModelTests {
    let test: TestDatabase
    let posts: DynamicModel

    init() async throws {
        test = try await TestDatabase.open(.memory)
        try await seedBlog(test.db)
        posts = DynamicModel(schema: Post.schema, database: test.db, catalog: blogModels.catalog)
    }

    @Test func rowsAreValuesInFieldOrder() async throws {
        let rows = try await posts.rows(order: [SortKey(posts.column("id"))])
        #expect(rows.map(\.values) == [[.integer(1), .text("Ommi is Great")], [.integer(2), .text("Python Tips")]])
    }

    @Test func conditionsOrderWindowsAndKeysetPaging() async throws {
        try await posts.add(["id": .integer(3), "title": .text("Swift Tips")])
        let tips = Condition.match(.column(posts.column("title")), .containsIgnoringCase, "TIPS")
        #expect(try await posts.count(where: tips) == 2)
        let descending = [SortKey(posts.column("title"), descending: true)]
        let first = try await posts.rows(where: tips, order: descending, limit: 1)
        #expect(first.map(\.values[1]) == [.text("Swift Tips")])
        let next = try await posts.rows(where: tips, order: descending, limit: 1, after: first[0].values.reversed())
        #expect(next.map(\.values[1]) == [.text("Python Tips")])
    }

    /// Paging backwards over an `INTEGER` key reads a range of the key: a key that can never be
    /// NULL is not also looked for among NULLs, which would make SQLite scan the whole table.
    @Test func aDescendingKeysetOverANeverNullKeyIsARangeSearch() async throws {
        let traced = Mutex<[String]>([])
        test.db.trace { sql in traced.withLock { $0.append(sql) } }
        let before = try await posts.rows(
            order: [SortKey(posts.column("id"), descending: true)], limit: 1, after: [.integer(2)])
        test.db.trace(nil)
        #expect(before.map(\.values[0]) == [.integer(1)])
        let sql = try #require(traced.withLock { $0 }.last)
        #expect(!sql.contains("IS NULL"))
        let placeholders = sql.filter { $0 == "?" }.count
        #expect(placeholders == 2)
        var plan: [String] = []
        try await test.db.driver.query(SQLStatement("EXPLAIN QUERY PLAN " + sql, [.integer(2), .integer(1)])) { row in
            if case .text(let detail) = row.value(at: row.count - 1) { plan.append(detail) }
        }
        #expect(plan.contains { $0.hasPrefix("SEARCH") }, "\(plan)")
    }

    @Test func relationsLoadThroughTheSameResolver() async throws {
        let post = try #require(
            try await posts.rows(where: .compare(.column(posts.column("id")), .equal, .value(1))).first)
        let (target, tags) = try await posts.related("tags", of: post)
        #expect(target.name == "Tag")
        #expect(tags.map(\.values[1]) == [.text("ommi"), .text("guide")])
    }

    @Test func updatesAndDeletes() async throws {
        let id = Condition.compare(.column(posts.column("id")), .equal, .value(2))
        #expect(try await posts.update(where: id, set: [ColumnAssignment(column: "title", value: "Renamed")]) == 1)
        #expect(try await test.db.find(Post.id == 2).one().title == "Renamed")
        try await test.db.find(PostTag.postID == 2).delete()
        #expect(try await posts.delete(where: id) == 1)
        #expect(try await posts.count() == 1)
    }

    @Test func readOnlyModelsRefuseWrites() async throws {
        var schema = Post.schema
        schema.isReadOnly = true
        let view = DynamicModel(schema: schema, database: test.db)
        let error = await #expect(throws: OmmiError.self) { try await view.add(["id": 9, "title": "x"]) }
        #expect(error?.kind == .readOnly)
    }
}
