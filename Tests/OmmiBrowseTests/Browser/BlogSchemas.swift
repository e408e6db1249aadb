import Ommi

/// A small blog built by hand, without a database, for driving ``update(_:_:)`` directly:
/// authors write posts, posts have tags through `PostTag`.
enum BlogSchemas {
    static let author = ModelSchema(
        name: "Author",
        fields: [
            FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
            FieldSchema(name: "name", type: .text, isNullable: false),
        ],
        relations: [RelationSchema(name: "posts", kind: .toMany, target: .table("Post"))])

    static let post = ModelSchema(
        name: "Post",
        fields: [
            FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
            FieldSchema(name: "title", type: .text, isNullable: false),
            FieldSchema(
                name: "author_id", type: .integer, isNullable: true,
                reference: ColumnReference(table: "Author", column: "id")),
        ],
        relations: [
            RelationSchema(name: "tags", kind: .manyToMany, target: .table("Tag"), through: .table("PostTag")),
            RelationSchema(name: "author", kind: .toOne, target: .table("Author")),
        ])

    static let tag = ModelSchema(
        name: "Tag",
        fields: [
            FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
            FieldSchema(name: "name", type: .text, isNullable: false),
        ])

    static let postTag = ModelSchema(
        name: "PostTag",
        fields: [
            FieldSchema(
                name: "post_id", type: .integer, isNullable: false, isKey: true,
                reference: ColumnReference(table: "Post", column: "id")),
            FieldSchema(
                name: "tag_id", type: .integer, isNullable: false, isKey: true,
                reference: ColumnReference(table: "Tag", column: "id")),
        ])

    /// The four models, given out of order: the browser sorts them by name.
    static let models = ModelCollection(schemas: [tag, post, postTag, author])

    /// Posts `first...last` as rows of ``post``: `#n` is titled `Post n`, by author `n % 3 + 1`.
    static func posts(_ range: ClosedRange<Int>) -> [DynamicRow] {
        range.map { number in
            DynamicRow(values: [.integer(Int64(number)), .text("Post \(number)"), .integer(Int64(number % 3 + 1))])
        }
    }
}
