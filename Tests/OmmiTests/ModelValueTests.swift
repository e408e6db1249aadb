import Foundation
import Ommi
import Testing

/// A member of a club, who may have a mentor among the members: a model that adopts the value
/// protocols a Swift developer expects, with relation fields of both kinds.
@Model(name: "members") struct Member: Hashable, Codable, Identifiable {
    @Key var id: Int
    var name: String
    var nickname: String?
    @ReferenceTo(Member.id) var mentorID: Int?
    var mentor: LazyLoadTheRelated<Member>
    var mentees: LazyLoadEveryRelated<Member>
}

/// Types of an application that share their names with Ommi's, beside models that must not notice.
enum Shadowing {
    struct Row {}
    struct Filter {}
    struct Query {}
    struct Field {}
    struct DatabaseValue {}
    struct ModelSchema {}
    protocol Model {}

    @Model(name: "shadowed_lists") struct List {
        @Key @Auto var id: Int
        var title: String
        var items: LazyLoadEveryRelated<Item>
    }

    @Model(name: "shadowed_items") struct Item {
        @Key @Auto var id: Int
        @ReferenceTo(List.id) var listID: Int
        var text: String
        var list: LazyLoadTheRelated<List>
    }
}

/// Models behave as Swift values: initializers, printing, equality, hashing, coding.
@Suite struct ModelValueTests {
    private func club() async throws -> (TestDatabase, Member, Member) {
        let test = try await TestDatabase.open(.memory)
        try await ModelCollection(Member.self).setup(on: test.db)
        let (mentor, mentee) = try await test.db.add(
            Member(id: 1, name: "Ada"), Member(id: 2, name: "Grace", nickname: "amazing", mentorID: 1))
        return (test, mentor, mentee)
    }

    @Test func optionalPropertiesDefaultToNilInTheInitializer() {
        let member = Member(id: 1, name: "Ada")
        #expect(member.nickname == nil)
        #expect(member.mentorID == nil)
    }

    @Test func printingShowsTheColumnValuesAndNoStorage() async throws {
        let (test, _, _) = try await club()
        let mentee = try await test.db.find(Member.id == 2).one()
        let expected =
            "Member(id: 2, name: \"Grace\", nickname: Optional(\"amazing\"), mentorID: Optional(1))"
        #expect(String(describing: mentee) == expected)
        #expect("\(mentee)" == expected)
        var dumped = ""
        dump(mentee, to: &dumped)
        #expect(dumped.contains("name: \"Grace\""))
        for storage in ["_mentorID", "_ommiRelations", "mentor:", "mentees", "RelationOwner"] {
            #expect(!dumped.contains(storage), "dump shows \(storage)")
        }
    }

    @Test func equalityAndHashingIgnoreRelationFields() async throws {
        let (test, mentor, mentee) = try await club()
        let read = try await test.db.find(Member.id == 2).one()
        _ = try await read.mentor.value
        let built = Member(id: 2, name: "Grace", nickname: "amazing", mentorID: 1)
        #expect(read == built)
        #expect(read.hashValue == built.hashValue)
        #expect(Set([read, built, mentee, mentor]).count == 2)
        var renamed = read
        renamed.nickname = nil
        #expect(renamed != read)
    }

    @Test func codingCarriesTheColumnsAndNoRelation() async throws {
        let (test, _, _) = try await club()
        let read = try await test.db.find(Member.id == 2).one()
        let data = try JSONEncoder().encode(read)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == Set(Member.schema.fields.map(\.name)))
        let decoded = try JSONDecoder().decode(Member.self, from: data)
        #expect(decoded == read)
        let error = await #expect(throws: OmmiError.self) { try await decoded.mentor.value }
        #expect(error?.kind == .detached)
    }

    @Test func identifiableUsesTheKey() async throws {
        let (test, mentor, mentee) = try await club()
        func identities<Value: Identifiable>(_ values: [Value]) -> [Value.ID] { values.map(\.id) }
        let members = try await test.db.find(Member.self).sorted(by: Member.id).all()
        #expect(identities(members) == [mentor.id, mentee.id])
    }

    @Test func applicationTypesNamedLikeOmmisChangeNothing() async throws {
        let test = try await TestDatabase.open(.memory)
        try await ModelCollection(Shadowing.List.self, Shadowing.Item.self).setup(on: test.db)
        let list = try await test.db.add(Shadowing.List(title: "Groceries"))
        try await test.db.add(
            Shadowing.Item(listID: list.id, text: "milk"), Shadowing.Item(listID: list.id, text: "tea"))
        #expect(try await list.items.value.map(\.text).sorted() == ["milk", "tea"])
        #expect(try await test.db.find(Shadowing.Item.text == "tea").one().list.value?.title == "Groceries")
    }
}
