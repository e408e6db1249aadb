import Ommi
import OmmiSQLite
import Testing

/// The original Ommi's many-to-many example, as DESIGN.md writes it in Swift.
@Suite struct SeedExampleTests {
    @Test(arguments: Storage.allCases)
    func postOneHasTheOmmiAndGuideTags(storage: Storage) async throws {
        let test = try await TestDatabase.open(storage)
        try await seedBlog(test.db)
        let post = try await test.db.find(Post.id == 1).one()
        #expect(try await post.tags.value.map(\.name) == ["ommi", "guide"])
    }

    @Test(arguments: Storage.allCases)
    func theGuideTagHasBothPosts(storage: Storage) async throws {
        let test = try await TestDatabase.open(storage)
        try await seedBlog(test.db)
        let guide = try await test.db.find(Tag.name == "guide").one()
        #expect(try await guide.posts.value.map(\.title) == ["Ommi is Great", "Python Tips"])
    }

    @Test func loadingTagsIsOneQueryNotOnePerTag() async throws {
        let test = try await TestDatabase.open(.memory)
        try await seedBlog(test.db)
        let post = try await test.db.find(Post.id == 1).one()
        let statements = try await test.statements { () async throws in _ = try await post.tags.value }
        #expect(statements.count == 1)
    }

    @Test func removingTheCollectionDropsItsTables() async throws {
        let test = try await TestDatabase.open(.memory)
        try await seedBlog(test.db)
        try await blogModels.remove(from: test.db)
        let error = await #expect(throws: OmmiError.self) { try await test.db.find(Post.self).all() }
        #expect(error?.message.contains("no such table") == true)
        #expect(error?.sql?.contains("\"Post\"") == true)
    }
}
