import Foundation
import Ommi
import OmmiSQLite
import Testing

/// `ModelCollection.setup(on:)` and `remove(from:)`.
@Suite struct SchemaSetupTests {
    let test: TestDatabase

    init() async throws {
        test = try await TestDatabase.open(.file)
    }

    func strings(_ sql: String) async throws -> [String] {
        var values: [String] = []
        try await test.driver.query(SQLStatement(sql)) { values.append(try $0.decode(String.self, at: 0)) }
        return values
    }

    @Test func createsRealForeignKeys() async throws {
        try await blogModels.setup(on: test.db)
        let references = try await strings(
            "SELECT \"table\" || '.' || \"to\" || ' <- ' || \"from\" FROM pragma_foreign_key_list('PostTag') ORDER BY \"from\""
        )
        #expect(references == ["Post.id <- postID", "Tag.id <- tagID"])
        let error = await #expect(throws: OmmiError.self) { try await test.db.add(PostTag(postID: 9, tagID: 9)) }
        #expect(error?.kind == .constraint)
        #expect(error?.message.contains("FOREIGN KEY") == true)
    }

    @Test func indexesEveryReferenceColumnNotLeadingTheKey() async throws {
        try await libraryModels.setup(on: test.db)
        try await blogModels.setup(on: test.db)
        #expect(try await strings("SELECT name FROM pragma_index_list('books')") == ["books_authorID_index"])
        #expect(
            try await strings("SELECT name FROM pragma_index_list('PostTag') WHERE origin = 'c'") == [
                "PostTag_tagID_index"
            ])
        let transferIndexes = try await strings("SELECT name FROM pragma_index_list('Transfer') ORDER BY name")
        #expect(transferIndexes == ["Transfer_recipientID_index", "Transfer_senderID_index"])
    }

    @Test func setupNeverDropsExistingData() async throws {
        try await blogModels.setup(on: test.db)
        try await test.db.add(Post(id: 1, title: "Keep me"))
        try await blogModels.setup(on: test.db)
        #expect(try await test.db.find(Post.self).all().map(\.title) == ["Keep me"])
    }

    @Test func removeDropsOnlyTheCollectionsTables() async throws {
        try await blogModels.setup(on: test.db)
        try await libraryModels.setup(on: test.db)
        try await seedBlogData()
        try await blogModels.remove(from: test.db)
        let tables = try await strings("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        #expect(!tables.contains("Post") && !tables.contains("PostTag") && tables.contains("books"))
    }

    func seedBlogData() async throws {
        try await test.db.add(Post(id: 1, title: "P"))
        try await test.db.add(Tag(id: 1, name: "T"))
        try await test.db.add(PostTag(postID: 1, tagID: 1))
    }

    @Test func foreignKeysAreEnforcedOnEveryConnection() async throws {
        var enabled = 0
        try await test.driver.query(SQLStatement("PRAGMA foreign_keys")) { enabled = try $0.decode(Int.self, at: 0) }
        #expect(enabled == 1)
    }
}
