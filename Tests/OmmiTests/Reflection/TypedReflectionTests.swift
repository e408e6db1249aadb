import Ommi
import Testing

/// A reflected relation loads into the same typed models as a declared one.
@Suite("Reflected relations in typed code")
struct TypedReflectionTests {
    @Test("tags of a post, reflected, decode as the typed Tag and match the declared relation")
    func typedTargets() async throws {
        let database = try await TestDatabase.open(.file)
        try await seedBlog(database.db)
        let models = try await ModelCollection.reflect(from: database.db)
        let posts = DynamicModel(
            schema: try #require(models.schema(named: "Post")), database: database.db, catalog: models.catalog)
        #expect(posts.schema.relations.map(\.name).contains("tags"))
        let row = try #require(
            try await posts.rows(where: .compare(.column(posts.column("id")), .equal, .value(.integer(1)))).first)
        let reflected = try await posts.related("tags", of: row, as: Tag.self)
        let post = try await database.db.find(Post.id == 1).one()
        let declared = try await post.tags.value
        #expect(reflected.map(\.name).sorted() == ["guide", "ommi"])
        #expect(reflected.map { $0.name }.sorted() == declared.map { $0.name }.sorted())
        let posted = try await reflected[0].posts.value
        #expect(!posted.isEmpty)
    }

    @Test("decoding a relation as a model of another table is a clear error")
    func wrongTarget() async throws {
        let database = try await TestDatabase.open(.memory)
        try await seedBlog(database.db)
        let models = try await ModelCollection.reflect(from: database.db)
        let posts = DynamicModel(
            schema: try #require(models.schema(named: "Post")), database: database.db, catalog: models.catalog)
        let row = try #require(try await posts.rows(limit: 1).first)
        let error = await #expect(throws: OmmiError.self) { try await posts.related("tags", of: row, as: Post.self) }
        #expect(error?.kind == .schema)
        #expect(error?.message.contains("Tag") == true)
    }
}
