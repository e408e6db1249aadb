import Foundation
import Ommi
import OmmiBrowse
import Testing

/// What `--schema` prints, from a collection the test builds by hand.
@Suite("Schema report")
struct SchemaReportTests {
    static let collection = ModelCollection(schemas: [
        ModelSchema(
            name: "Tag", fields: [FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true)],
            relations: [
                RelationSchema(
                    name: "posts", kind: .manyToMany, target: .table("Post"), through: .table("PostTag"),
                    isInferred: true)
            ]),
        ModelSchema(
            name: "Post",
            fields: [
                FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
                FieldSchema(name: "title", type: .text, declaredType: "VARCHAR(40)", isNullable: true),
            ],
            relations: [
                RelationSchema(name: "author", kind: .toOne, target: .table("User")),
                RelationSchema(
                    name: "tags", kind: .manyToMany, target: .table("Tag"), through: .table("PostTag"), isInferred: true
                ),
            ]),
        ModelSchema(
            name: "recent", fields: [FieldSchema(name: "n", type: .any, declaredType: "", isNullable: true)],
            isReadOnly: true),
    ])

    @Test("JSON has the documented shape: models by name, fields, relations with a null `through` unless many-to-many")
    func json() throws {
        let expected = #"""
            {"models":[\#
            {"fields":[{"key":true,"name":"id","nullable":false,"type":"INTEGER"},{"key":false,"name":"title","nullable":true,"type":"VARCHAR(40)"}],\#
            "name":"Post","readOnly":false,\#
            "relations":[{"inferred":false,"kind":"toOne","name":"author","target":"User","through":null},\#
            {"inferred":true,"kind":"manyToMany","name":"tags","target":"Tag","through":"PostTag"}],"table":"Post"},\#
            {"fields":[{"key":false,"name":"n","nullable":true,"type":"ANY"}],"name":"recent","readOnly":true,"relations":[],"table":"recent"},\#
            {"fields":[{"key":true,"name":"id","nullable":false,"type":"INTEGER"}],"name":"Tag","readOnly":false,\#
            "relations":[{"inferred":true,"kind":"manyToMany","name":"posts","target":"Post","through":"PostTag"}],"table":"Tag"}]}
            """#
        #expect(SchemaReport(Self.collection).json == expected)
    }

    @Test("JSON reads back into the same report")
    func roundTrip() throws {
        let report = SchemaReport(Self.collection)
        #expect(try JSONDecoder().decode(SchemaReport.self, from: Data(report.json.utf8)) == report)
    }

    @Test("text lists each model with its key, fields and relations")
    func text() {
        let expected = """
            Post (key: id)
              fields
                id     INTEGER      key
                title  VARCHAR(40)  nullable
              relations
                author  → User             (to-one)
                tags    ⇄ Tag via PostTag  (many-to-many, inferred)

            recent (view, read-only)
              fields
                n  ANY  nullable

            Tag (key: id)
              fields
                id  INTEGER  key
              relations
                posts  ⇄ Post via PostTag  (many-to-many, inferred)

            """
        #expect(SchemaReport(Self.collection).text == expected)
    }

    @Test("an empty database says so")
    func empty() {
        #expect(SchemaReport(ModelCollection(schemas: [])).text == "no tables or views")
        #expect(SchemaReport(ModelCollection(schemas: [])).json == #"{"models":[]}"#)
    }
}
