import Ommi
import OmmiSQLite
import Testing

/// An edition of a work: its isbn is unique, each work has one edition a year, and editions are
/// looked up by year.
@Model(name: "editions", unique: [["work", "year"]]) struct Edition {
    @Key @Auto var id: Int
    @Unique var isbn: String
    var work: String
    @Indexed var year: Int
    @Indexed var translator: String?
}

/// A model whose reference names a field that is not a key of its model.
@Model(name: "reviews") struct Review {
    @Key @Auto var id: Int
    @ReferenceTo(Edition.isbn) var editionISBN: String
    @ReferenceTo(Edition.work) var work: String
}

/// What `setup(on:)` makes of the constraints and indexes a model declares.
@Suite struct SchemaConstraintTests {
    private func names(_ sql: String, in test: TestDatabase) async throws -> [String] {
        var names: [String] = []
        try await test.driver.query(SQLStatement(sql)) { row in names.append(try row.decode(String.self, at: 0)) }
        return names
    }

    @Test func uniqueConstraintsAndIndexesGetDeterministicNames() async throws {
        let test = try await TestDatabase.open(.memory)
        try await ModelCollection(Edition.self).setup(on: test.db)
        let table = try await names("SELECT sql FROM sqlite_master WHERE name = 'editions'", in: test)
        #expect(table.first?.contains(#"CONSTRAINT "editions_isbn_unique" UNIQUE ("isbn")"#) == true)
        #expect(table.first?.contains(#"CONSTRAINT "editions_work_year_unique" UNIQUE ("work", "year")"#) == true)
        let indexes = try await names(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name", in: test)
        #expect(indexes == ["editions_translator_index", "editions_year_index"])
    }

    @Test func theSchemaCarriesTheConstraints() {
        #expect(Edition.schema.field(named: "isbn")?.isUnique == true)
        #expect(Edition.schema.field(named: "year")?.isIndexed == true)
        #expect(Edition.schema.uniqueConstraints == [["work", "year"]])
        #expect(Edition.schema.uniqueColumnSets == [["isbn"], ["work", "year"]])
    }

    @Test func aReferenceToAFieldThatIsNotAKeyIsASchemaErrorNamingBothFields() async throws {
        let test = try await TestDatabase.open(.memory)
        let error = await #expect(throws: OmmiError.self) {
            try await ModelCollection(Edition.self, Review.self).setup(on: test.db)
        }
        #expect(error?.kind == .schema)
        #expect(error?.message == "Review.work references Edition.work, which is not a key of Edition")
        #expect(try await names("SELECT name FROM sqlite_master WHERE type = 'table'", in: test).isEmpty)
    }

    @Test func aReferenceOfAnotherTypeIsASchemaErrorNamingBothFields() async throws {
        let target = ModelSchema(
            name: "Shelf", fields: [FieldSchema(name: "code", type: .text, isNullable: false, isKey: true)])
        let referencing = ModelSchema(
            name: "Slot",
            fields: [
                FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
                FieldSchema(
                    name: "shelf", type: .integer, isNullable: false,
                    reference: ColumnReference(table: "Shelf", column: "code")),
            ])
        let test = try await TestDatabase.open(.memory)
        let error = await #expect(throws: OmmiError.self) {
            try await ModelCollection(schemas: [target, referencing]).setup(on: test.db)
        }
        #expect(error?.kind == .schema)
        #expect(error?.message == "Slot.shelf (INTEGER) references Shelf.code (TEXT), which has another type")
    }
}
