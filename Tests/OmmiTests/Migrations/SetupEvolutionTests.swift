import Foundation
import Ommi
import OmmiSQLite
import Testing

/// The post once no two posts may share a title.
@Model(name: "Post") private struct PostWithUniqueTitle {
    @Key var id: Int
    @Unique var title: String
}

@Model(name: "Post") private struct PostWithSummary {
    @Key var id: Int
    var title: String
    var summary: String
}

@Model(name: "Post") private struct PostWithLikes {
    @Key var id: Int
    var title: String
    var likes: Int = 7
    var draft: Bool = true
    var ratio: Double = 0.5
    var note: String = "it's new"
}

/// Setup on a file that already holds the tables: what it adds, and that a refusal leaves the
/// file exactly as it was.
@Suite struct SetupEvolutionTests {
    let test: TestDatabase

    init() async throws {
        test = try await TestDatabase.open(.file)
        try await blogModels.setup(on: test.db)
        try await test.db.add(Post(id: 1, title: "Kept"), Post(id: 2, title: "Also kept"))
    }

    @Test func aRefusedSetupLeavesTheFileByteIdentical() async throws {
        let path = try #require(test.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = await #expect(throws: OmmiError.self) {
            try await ModelCollection(PostWithSummary.self).setup(on: test.db)
        }
        #expect(error?.kind == .schema)
        #expect(
            error?.message == "the database differs from the models in ways setup does not change:\n"
                + "Post.summary: not in the database, NOT NULL without a default, and the table has rows: "
                + "give it a default or make it optional, or add it with a migration")
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after == before)
    }

    @Test func defaultsOfTheModelFillTheRowsOfAddedColumns() async throws {
        let statements = try await test.statements { try await ModelCollection(PostWithLikes.self).setup(on: test.db) }
        #expect(statements.filter { $0.hasPrefix("ALTER TABLE") }.count == 4)
        let fresh = PostWithLikes(id: 0, title: "")
        let posts = try await test.db.find(PostWithLikes.self).sorted(by: PostWithLikes.id).all()
        #expect(posts.map(\.title) == ["Kept", "Also kept"])
        for post in posts {
            #expect(
                post.likes == fresh.likes && post.draft == fresh.draft && post.ratio == fresh.ratio
                    && post.note == fresh.note)
        }
        #expect(try await ModelCollection(PostWithLikes.self).differences(on: test.db).isEmpty)
    }

    @Test func aUniqueConstraintOverRepeatedTitlesIsRefusedLeavingTheFileByteIdentical() async throws {
        try await test.db.add(Post(id: 3, title: "Kept"))
        let path = try #require(test.path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = await #expect(throws: OmmiError.self) {
            try await ModelCollection(PostWithUniqueTitle.self).setup(on: test.db)
        }
        #expect(
            error?.message == "the database differs from the models in ways setup does not change:\n"
                + "Post.title: unique in the model, but 1 value appears more than once in the database: "
                + "remove the duplicates, or add the constraint with a migration")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func aUniqueConstraintTheRowsSatisfyIsAddedAsANamedUniqueIndex() async throws {
        let unique = ModelCollection(PostWithUniqueTitle.self)
        #expect(try await unique.differences(on: test.db).map(\.kind) == [.missingUnique(columns: ["title"])])
        let statements = try await test.statements { try await unique.setup(on: test.db) }
        #expect(statements.contains("CREATE UNIQUE INDEX \"Post_title_unique\" ON \"Post\" (\"title\")"))
        #expect(try await unique.differences(on: test.db).isEmpty)
        let twin = await #expect(throws: OmmiError.self) {
            try await test.db.add(PostWithUniqueTitle(id: 3, title: "Kept"))
        }
        #expect(twin?.kind == .constraint)
    }

    @Test func setupOfAnUnchangedCollectionChangesNothing() async throws {
        let statements = try await test.statements { try await blogModels.setup(on: test.db) }
        #expect(!statements.contains { $0.hasPrefix("CREATE") || $0.hasPrefix("ALTER") })
        #expect(try await test.db.find(Post.self).count() == 2)
    }
}
