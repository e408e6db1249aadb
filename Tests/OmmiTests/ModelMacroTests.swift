import Foundation
import Ommi
import OmmiSQLite
import Testing

/// What `@Model` generates, seen through the API.
@Suite struct ModelMacroTests {
    @Test func schemaListsStoredPropertiesInOrderWithoutRelationFields() {
        let schema = Book.schema
        #expect(schema.name == "Book")
        #expect(schema.tableName == "books")
        #expect(schema.fields.map(\.name) == ["id", "title", "pages", "category", "authorID"])
        #expect(schema.keyFields.map(\.name) == ["id"])
        #expect(schema.fields[0].isAuto)
        #expect(schema.relations.map(\.name) == ["author"])
    }

    @Test func optionalPropertiesAreNullableColumnsOfTheirOwnType() {
        let authorID = Book.schema.field(named: "authorID")
        #expect(authorID?.type == .integer)
        #expect(authorID?.isNullable == true)
        #expect(Book.schema.field(named: "title")?.isNullable == false)
        #expect(Sample.schema.field(named: "maybeDouble")?.type == .real)
        #expect(Sample.schema.field(named: "maybeData")?.type == .blob)
    }

    @Test func staticFieldDescriptorsNameTableAndColumn() {
        #expect(Section.title.name == "title")
        #expect(Section.title.column == "section_title")
        #expect(Section.title.table == "course_sections")
        #expect(Post.id.table == "Post")
    }

    @Test func storeAsRenamesTheColumnAndModelNameTheTable() async throws {
        let test = try await TestDatabase.open(.memory)
        try await ModelCollection(Section.self).setup(on: test.db)
        try await test.db.add(Section(department: "CS", number: 101, title: "Programs"))
        var columns: [String] = []
        try await test.driver.query(SQLStatement("SELECT name FROM pragma_table_info('course_sections')")) { row in
            columns.append(try row.decode(String.self, at: 0))
        }
        #expect(columns == ["department", "number", "section_title"])
        #expect(try await test.db.find(Section.title == "Programs").one().number == 101)
    }

    @Test func compositeKeysAreAllKeyFields() {
        #expect(Section.schema.keyColumns == ["department", "number"])
        #expect(PostTag.schema.keyColumns == ["postID", "tagID"])
    }

    @Test func memberwiseInitializerLeavesRelationFieldsOut() async throws {
        let post = Post(id: 7, title: "Fresh")
        let error = await #expect(throws: OmmiError.self) { try await post.tags.value }
        #expect(error?.kind == .detached)
    }

    @Test func encodingFollowsTheFieldOrder() {
        let tag = PostTag(postID: 1, tagID: 2, createdAt: "today")
        #expect(tag.databaseValues == [.integer(1), .integer(2), .text("today")])
    }
}
