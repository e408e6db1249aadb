import Ommi
import Testing

/// The statements `save`, `delete` and `upsert` run: one per write where one suffices, the same
/// text for every value of a model, so the driver's prepared statement is reused.
@Suite struct SaveStatementTests {
    private func library() async throws -> TestDatabase {
        let test = try await TestDatabase.open(.memory)
        try await libraryModels.setup(on: test.db)
        return test
    }

    @Test func savingAValueReadFromTheDatabaseIsOneUpdateByKey() async throws {
        let test = try await library()
        var authors = try await test.db.add(contentsOf: [Author(name: "a"), Author(name: "b")])
        authors[0].name = "A"
        authors[1].name = "B"
        let statements = try await test.statements {
            for author in authors { try await test.db.save(author) }
        }
        #expect(statements.count == 2)
        #expect(Set(statements).count == 1)
        #expect(statements.first?.hasPrefix("UPDATE \"authors\" SET \"name\" = ") == true)
        #expect(try await test.db.find(Author.self).sorted(by: Author.id).all().map(\.name) == ["A", "B"])
    }

    @Test func savingAnApplicationKeyedValueIsOneUpsertOnTheKey() async throws {
        let test = try await library()
        let sections = [
            Section(department: "CS", number: 101, title: "Programs"),
            Section(department: "CS", number: 102, title: "Data"),
            Section(department: "CS", number: 101, title: "Programs, again"),
        ]
        let statements = try await test.statements {
            for section in sections { try await test.db.save(section) }
        }
        #expect(statements.count == sections.count)
        #expect(Set(statements).count == 1)
        #expect(
            statements.first?.contains(
                #"ON CONFLICT ("department", "number") DO UPDATE SET "section_title" = excluded."section_title""#)
                == true)
        let stored = try await test.db.find(Section.self).sorted(by: Section.number).all()
        #expect(stored.map(\.title) == ["Programs, again", "Data"])
    }

    @Test func deletingAValueIsOneDeleteByKey() async throws {
        let test = try await library()
        let sections = try await test.db.add(
            contentsOf: [
                Section(department: "CS", number: 1, title: "a"), Section(department: "CS", number: 2, title: "b"),
            ])
        var deleted: [Bool] = []
        let statements = try await test.statements {
            deleted.append(try await test.db.delete(sections[0]))
            deleted.append(try await test.db.delete(sections[0]))
        }
        #expect(deleted == [true, false])
        #expect(statements.count == 2)
        #expect(statements.first == statements.last)
        #expect(try await test.db.find(Section.self).all().map(\.number) == [sections[1].number])
    }

    @Test func aReadOnlyModelRefusesValueWrites() async throws {
        let test = try await library()
        for write in [
            { try await test.db.save(ReadOnlyNote(id: 1)) }, { try await test.db.upsert(ReadOnlyNote(id: 1)) },
        ] as [@Sendable () async throws -> ReadOnlyNote] {
            let error = await #expect(throws: OmmiError.self) { try await write() }
            #expect(error?.kind == .readOnly)
        }
        let error = await #expect(throws: OmmiError.self) { try await test.db.delete(ReadOnlyNote(id: 1)) }
        #expect(error?.kind == .readOnly)
    }
}

/// A model whose schema says it cannot be written to, as a view's would.
struct ReadOnlyNote: Model {
    var id: Int
    static let schema = ModelSchema(
        name: "ReadOnlyNote", fields: [FieldSchema(name: "id", valueType: Int.self, isKey: true)], isReadOnly: true)

    init(id: Int) { self.id = id }
    init(row: Row) throws { id = try row.decode(Int.self, at: 0) }
    var databaseValues: [DatabaseValue] { [id.databaseValue] }
}
