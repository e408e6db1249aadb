import SwiftSyntaxMacrosGenericTestSupport
import Testing

/// `@Model(label:)`: the stored property whose value names a row reaches the schema as its column.
@Suite("@Model(label:)")
struct ModelLabelTests {
    @Test("a key path to a stored property becomes the schema's label column, under its @StoreAs name")
    func labelColumn() {
        assertExpansion(
            """
            @Model(label: \\.headline) struct Article {
                @Key var id: Int
                @StoreAs("head_line") var headline: String
            }
            """,
            expandsTo: """
                struct Article {
                    var id: Int
                    var headline: String

                    static let id = Ommi::Field<Article, Int>(name: "id", column: "id", table: "Article")

                    static let headline = Ommi::Field<Article, String>(name: "headline", column: "head_line", table: "Article")

                    init(id: Int, headline: String) {
                        self.id = id
                        self.headline = headline
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case headline
                    }

                    static let schema = Ommi::ModelSchema(
                        name: "Article",
                        tableName: "Article",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true),
                            Ommi::FieldSchema(name: "headline", column: "head_line", valueType: String.self),
                        ],
                        labelColumn: "head_line"
                    )

                    init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.headline = try row.decode(String.self, at: 1)
                    }

                    var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, headline.databaseValue]
                    }
                }

                extension Article: Ommi::Model {
                }

                extension Article: Swift::CustomReflectable {
                    var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "headline", value: headline as Any)], displayStyle: .struct)
                    }
                }
                """
        )
    }

    @Test(
        "a label that names no stored column, or is no key path to one property, is an error at the argument",
        arguments: [
            (#"\.author"#, "@Model(label:) names 'author', which is not a stored column of 'Book'"),
            (#"\.missing"#, "@Model(label:) names 'missing', which is not a stored column of 'Book'"),
            (#""title""#, #"@Model(label:) needs a key path to one stored property of 'Book', like \.title"#),
            (#"\.title.count"#, #"@Model(label:) needs a key path to one stored property of 'Book', like \.title"#),
            (#"\Other.title"#, #"@Model(label:) needs a key path to one stored property of 'Book', like \.title"#),
        ])
    func invalidLabel(argument: String, message: String) {
        assertExpansion(
            """
            @Model(label: \(argument)) struct Book {
                @Key var id: Int
                var title: String
                var author: LazyLoadTheRelated<Writer>
            }
            """,
            expandsTo: """
                struct Book {
                    var id: Int
                    var title: String
                    var author: LazyLoadTheRelated<Writer>
                }
                """,
            diagnostics: [DiagnosticSpec(message: message, line: 1, column: 15)]
        )
    }
}
