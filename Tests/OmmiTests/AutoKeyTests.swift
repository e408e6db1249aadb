import Foundation
import Ommi
import OmmiSQLite
import Testing

/// Keys the database assigns, and keys it must leave alone.
@Suite struct AutoKeyTests {
    @Test(arguments: Storage.allCases)
    func addReturnsTheAssignedKeys(storage: Storage) async throws {
        let test = try await TestDatabase.open(storage)
        try await libraryModels.setup(on: test.db)
        let (first, second) = try await test.db.add(Author(name: "A"), Author(name: "B"))
        #expect(first.id > 0 && second.id == first.id + 1)
        let batch = try await test.db.add(contentsOf: (0..<10).map { Author(name: "N\($0)") })
        #expect(Set(batch.map(\.id)).count == 10)
        #expect(!batch.map(\.id).contains(first.id))
        #expect(try await test.db.find(Author.id == batch[9].id).one().name == "N9")
    }

    @Test func anExplicitValueIsKept() async throws {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        let author = try await test.db.add(Author(id: 500, name: "Explicit"))
        #expect(author.id == 500)
        #expect(try await test.db.find(Author.id == 500).count() == 1)
    }

    @Test func stringAndCompositeKeysAreNeverOverwrittenByTheRowID() async throws {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        try await blogModels.setup(on: test.db)
        let section = try await test.db.add(Section(department: "CS", number: 7, title: "T"))
        #expect(section.department == "CS" && section.number == 7)
        let sample = try await test.db.add(
            Sample(
                name: "key", int: 1, double: 1, bool: true, text: "", data: Data(),
                date: Date(timeIntervalSince1970: 0),
                maybeInt: nil, maybeDouble: nil, maybeBool: nil, maybeText: nil, maybeData: nil, maybeDate: nil))
        #expect(sample.name == "key")
        try await test.db.add(Post(id: 3, title: "p"), Tag(id: 4, name: "t"))
        let association = try await test.db.add(PostTag(postID: 3, tagID: 4))
        #expect(association.postID == 3 && association.tagID == 4)
    }
}
