import Testing

/// What `@Model` generates for well-formed structs.
@Suite("@Model expansion")
struct ModelExpansionTests {
    @Test("a model with every kind of field gets descriptors, an initializer and the Model conformance")
    func fullModel() {
        assertExpansion(
            """
            @Model(name: "posts") public struct Post {
                @Key @Auto public var id: Int
                @StoreAs("post_title") public var title: String
                public var subtitle: String? = nil
                @ReferenceTo(User.id) public var authorID: Int
                public var author: LazyLoadTheRelated<User>
                @AssociateUsing(PostTag.self) public var tags: LazyLoadEveryRelated<Tag>
                @Via(Comment.postID) public var comments: LazyLoadEveryRelated<Comment>
                public var wordCount: Int { title.count }
                public static var shared = 1
                let version = 2
            }
            """,
            expandsTo: """
            public struct Post {
                public var id: Int
                public var title: String
                public var subtitle: String? = nil
                @ReferenceTo(User.id) public var authorID: Int
                public var author: LazyLoadTheRelated<User>
                public var tags: LazyLoadEveryRelated<Tag>
                @Via(Comment.postID) public var comments: LazyLoadEveryRelated<Comment>
                public var wordCount: Int { title.count }
                public static var shared = 1
                let version = 2

                public static let id = Field<Post, Int>(name: "id", column: "id", table: "posts")

                public static let title = Field<Post, String>(name: "title", column: "post_title", table: "posts")

                public static let subtitle = Field<Post, String?>(name: "subtitle", column: "subtitle", table: "posts")

                public static let authorID = Field<Post, Int>(name: "authorID", column: "authorID", table: "posts")

                public static let author = RelationDescriptor<Post, User>(name: "author")

                public static let tags = RelationDescriptor<Post, Tag>(name: "tags")

                public static let comments = RelationDescriptor<Post, Comment>(name: "comments")

                public init(id: Int = 0, title: String, subtitle: String? = nil, authorID: Int) {
                    self.id = id
                    self.title = title
                    self.subtitle = subtitle
                    self.author = LazyLoadTheRelated()
                    self.tags = LazyLoadEveryRelated()
                    self.authorID = authorID
                    self.comments = LazyLoadEveryRelated()
                }
            }

            extension Post: Model {
                public static let schema = ModelSchema(
                    name: "Post",
                    tableName: "posts",
                    fields: [
                        FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                        FieldSchema(name: "title", column: "post_title", valueType: String.self),
                        FieldSchema(name: "subtitle", column: "subtitle", valueType: String?.self),
                        FieldSchema(name: "authorID", column: "authorID", valueType: Int.self, reference: User.id.reference),
                    ],
                    relations: [
                        RelationSchema(name: "author", kind: .toOne, target: .type(User.self)),
                        RelationSchema(name: "tags", kind: .manyToMany, target: .type(Tag.self), through: .type(PostTag.self)),
                        RelationSchema(name: "comments", kind: .toMany, target: .type(Comment.self), via: [Comment.postID.column]),
                    ]
                )
                public init(row: Row) throws {
                    self.id = try row.decode(Int.self, at: 0)
                    self.title = try row.decode(String.self, at: 1)
                    self.subtitle = try row.decode(String?.self, at: 2)
                    self.author = LazyLoadTheRelated()
                    self.tags = LazyLoadEveryRelated()
                    self.authorID = try row.decode(Int.self, at: 3)
                    self.comments = LazyLoadEveryRelated()
                }
                public var databaseValues: [DatabaseValue] {
                    [id.databaseValue, title.databaseValue, subtitle.databaseValue, authorID.databaseValue]
                }
                public mutating func assignAutoKey(_ value: DatabaseValue) throws {
                    self.id = try AutoKey.decode(Int.self, from: value, field: "id")
                }
                public mutating func bindRelations(to owner: RelationOwner) {
                    self.author = LazyLoadTheRelated(owner: owner, relation: "author")
                    self.tags = LazyLoadEveryRelated(owner: owner, relation: "tags")
                    self.comments = LazyLoadEveryRelated(owner: owner, relation: "comments")
                }
            }
            """
        )
    }

    @Test("properties that may be wrapped, like @ReferenceTo ones, are assigned after every other")
    func wrappedPropertiesLast() {
        assertExpansion(
            """
            @Model struct Membership {
                @ReferenceTo(User.id) var userID: Int
                @Clamped(1...5) var level: Int
                var role: String
            }
            """,
            expandsTo: """
            struct Membership {
                @ReferenceTo(User.id) var userID: Int
                @Clamped(1...5) var level: Int
                var role: String

                static let userID = Field<Membership, Int>(name: "userID", column: "userID", table: "Membership")

                static let level = Field<Membership, Int>(name: "level", column: "level", table: "Membership")

                static let role = Field<Membership, String>(name: "role", column: "role", table: "Membership")

                init(userID: Int, level: Int, role: String) {
                    self.role = role
                    self.userID = userID
                    self.level = level
                }
            }

            extension Membership: Model {
                static let schema = ModelSchema(
                    name: "Membership",
                    tableName: "Membership",
                    fields: [
                        FieldSchema(name: "userID", column: "userID", valueType: Int.self, reference: User.id.reference),
                        FieldSchema(name: "level", column: "level", valueType: Int.self),
                        FieldSchema(name: "role", column: "role", valueType: String.self),
                    ],
                    usesRowID: true
                )
                init(row: Row) throws {
                    self.role = try row.decode(String.self, at: 2)
                    self.userID = try row.decode(Int.self, at: 0)
                    self.level = try row.decode(Int.self, at: 1)
                }
                var databaseValues: [DatabaseValue] {
                    [userID.databaseValue, level.databaseValue, role.databaseValue]
                }
            }
            """
        )
    }

    @Test("a model without a key is addressed by rowid")
    func rowIDModel() {
        assertExpansion(
            """
            @Model(name: "notes") public struct Note {
                public var text: String
            }
            """,
            expandsTo: """
            public struct Note {
                public var text: String

                public static let text = Field<Note, String>(name: "text", column: "text", table: "notes")

                public init(text: String) {
                    self.text = text
                }
            }

            extension Note: Model {
                public static let schema = ModelSchema(
                    name: "Note",
                    tableName: "notes",
                    fields: [
                        FieldSchema(name: "text", column: "text", valueType: String.self),
                    ],
                    usesRowID: true
                )
                public init(row: Row) throws {
                    self.text = try row.decode(String.self, at: 0)
                }
                public var databaseValues: [DatabaseValue] {
                    [text.databaseValue]
                }
            }
            """
        )
    }

    @Test("without @Key or @Auto, a property named id is the key")
    func implicitIDKey() {
        assertExpansion(
            """
            @Model(name: "users") public struct User {
                public var id: Int
                public var name: String
            }
            """,
            expandsTo: """
            public struct User {
                public var id: Int
                public var name: String

                public static let id = Field<User, Int>(name: "id", column: "id", table: "users")

                public static let name = Field<User, String>(name: "name", column: "name", table: "users")

                public init(id: Int, name: String) {
                    self.id = id
                    self.name = name
                }
            }

            extension User: Model {
                public static let schema = ModelSchema(
                    name: "User",
                    tableName: "users",
                    fields: [
                        FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true),
                        FieldSchema(name: "name", column: "name", valueType: String.self),
                    ]
                )
                public init(row: Row) throws {
                    self.id = try row.decode(Int.self, at: 0)
                    self.name = try row.decode(String.self, at: 1)
                }
                public var databaseValues: [DatabaseValue] {
                    [id.databaseValue, name.databaseValue]
                }
            }
            """
        )
    }

    @Test("several @Key properties form a composite key")
    func compositeKey() {
        assertExpansion(
            """
            @Model(name: "post_tags") public struct PostTag {
                @Key @ReferenceTo(Post.id) public var postID: Int
                @Key @ReferenceTo(Tag.id) public var tagID: Int
            }
            """,
            expandsTo: """
            public struct PostTag {
                @ReferenceTo(Post.id) public var postID: Int
                @ReferenceTo(Tag.id) public var tagID: Int

                public static let postID = Field<PostTag, Int>(name: "postID", column: "postID", table: "post_tags")

                public static let tagID = Field<PostTag, Int>(name: "tagID", column: "tagID", table: "post_tags")

                public init(postID: Int, tagID: Int) {
                    self.postID = postID
                    self.tagID = tagID
                }
            }

            extension PostTag: Model {
                public static let schema = ModelSchema(
                    name: "PostTag",
                    tableName: "post_tags",
                    fields: [
                        FieldSchema(name: "postID", column: "postID", valueType: Int.self, isKey: true, reference: Post.id.reference),
                        FieldSchema(name: "tagID", column: "tagID", valueType: Int.self, isKey: true, reference: Tag.id.reference),
                    ]
                )
                public init(row: Row) throws {
                    self.postID = try row.decode(Int.self, at: 0)
                    self.tagID = try row.decode(Int.self, at: 1)
                }
                public var databaseValues: [DatabaseValue] {
                    [postID.databaseValue, tagID.databaseValue]
                }
            }
            """
        )
    }

    @Test("without a name, the table is named after the type")
    func tableNamedAfterType() {
        assertExpansion(
            """
            @Model public struct Tag {
                @Key @Auto public var id: Int
                public var label: String
            }
            """,
            expandsTo: """
            public struct Tag {
                public var id: Int
                public var label: String

                public static let id = Field<Tag, Int>(name: "id", column: "id", table: "Tag")

                public static let label = Field<Tag, String>(name: "label", column: "label", table: "Tag")

                public init(id: Int = 0, label: String) {
                    self.id = id
                    self.label = label
                }
            }

            extension Tag: Model {
                public static let schema = ModelSchema(
                    name: "Tag",
                    tableName: "Tag",
                    fields: [
                        FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                        FieldSchema(name: "label", column: "label", valueType: String.self),
                    ]
                )
                public init(row: Row) throws {
                    self.id = try row.decode(Int.self, at: 0)
                    self.label = try row.decode(String.self, at: 1)
                }
                public var databaseValues: [DatabaseValue] {
                    [id.databaseValue, label.databaseValue]
                }
                public mutating func assignAutoKey(_ value: DatabaseValue) throws {
                    self.id = try AutoKey.decode(Int.self, from: value, field: "id")
                }
            }
            """
        )
    }

    @Test("an internal model gets internal members")
    func internalModel() {
        assertExpansion(
            """
            @Model struct Setting {
                @Key var key: String
                var value: String
            }
            """,
            expandsTo: """
            struct Setting {
                var key: String
                var value: String

                static let key = Field<Setting, String>(name: "key", column: "key", table: "Setting")

                static let value = Field<Setting, String>(name: "value", column: "value", table: "Setting")

                init(key: String, value: String) {
                    self.key = key
                    self.value = value
                }
            }

            extension Setting: Model {
                static let schema = ModelSchema(
                    name: "Setting",
                    tableName: "Setting",
                    fields: [
                        FieldSchema(name: "key", column: "key", valueType: String.self, isKey: true),
                        FieldSchema(name: "value", column: "value", valueType: String.self),
                    ]
                )
                init(row: Row) throws {
                    self.key = try row.decode(String.self, at: 0)
                    self.value = try row.decode(String.self, at: 1)
                }
                var databaseValues: [DatabaseValue] {
                    [key.databaseValue, value.databaseValue]
                }
            }
            """
        )
    }

    @Test("a package model gets package members")
    func packageModel() {
        assertExpansion(
            """
            @Model package struct Setting {
                @Key var key: String
                var value: String
            }
            """,
            expandsTo: """
            package struct Setting {
                var key: String
                var value: String

                package static let key = Field<Setting, String>(name: "key", column: "key", table: "Setting")

                package static let value = Field<Setting, String>(name: "value", column: "value", table: "Setting")

                package init(key: String, value: String) {
                    self.key = key
                    self.value = value
                }
            }

            extension Setting: Model {
                package static let schema = ModelSchema(
                    name: "Setting",
                    tableName: "Setting",
                    fields: [
                        FieldSchema(name: "key", column: "key", valueType: String.self, isKey: true),
                        FieldSchema(name: "value", column: "value", valueType: String.self),
                    ]
                )
                package init(row: Row) throws {
                    self.key = try row.decode(String.self, at: 0)
                    self.value = try row.decode(String.self, at: 1)
                }
                package var databaseValues: [DatabaseValue] {
                    [key.databaseValue, value.databaseValue]
                }
            }
            """
        )
    }

    @Test("an optional @Auto key defaults to nil")
    func optionalAutoKey() {
        assertExpansion(
            """
            @Model public struct Event {
                @Auto public var id: Int?
                public var name: String
            }
            """,
            expandsTo: """
            public struct Event {
                public var id: Int?
                public var name: String

                public static let id = Field<Event, Int?>(name: "id", column: "id", table: "Event")

                public static let name = Field<Event, String>(name: "name", column: "name", table: "Event")

                public init(id: Int? = nil, name: String) {
                    self.id = id
                    self.name = name
                }
            }

            extension Event: Model {
                public static let schema = ModelSchema(
                    name: "Event",
                    tableName: "Event",
                    fields: [
                        FieldSchema(name: "id", column: "id", valueType: Int?.self, isKey: true, isAuto: true),
                        FieldSchema(name: "name", column: "name", valueType: String.self),
                    ]
                )
                public init(row: Row) throws {
                    self.id = try row.decode(Int?.self, at: 0)
                    self.name = try row.decode(String.self, at: 1)
                }
                public var databaseValues: [DatabaseValue] {
                    [id.databaseValue, name.databaseValue]
                }
                public mutating func assignAutoKey(_ value: DatabaseValue) throws {
                    self.id = try AutoKey.decode(Int?.self, from: value, field: "id")
                }
            }
            """
        )
    }

    @Test("an initializer the struct declares with the same labels replaces the generated one")
    func declaredInitializer() {
        assertExpansion(
            """
            @Model public struct Tag {
                @Key @Auto public var id: Int
                public var label: String
                public init(id: Int = 0, label: String) {
                    self.id = id
                    self.label = label.lowercased()
                }
            }
            """,
            expandsTo: """
            public struct Tag {
                public var id: Int
                public var label: String
                public init(id: Int = 0, label: String) {
                    self.id = id
                    self.label = label.lowercased()
                }

                public static let id = Field<Tag, Int>(name: "id", column: "id", table: "Tag")

                public static let label = Field<Tag, String>(name: "label", column: "label", table: "Tag")
            }

            extension Tag: Model {
                public static let schema = ModelSchema(
                    name: "Tag",
                    tableName: "Tag",
                    fields: [
                        FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                        FieldSchema(name: "label", column: "label", valueType: String.self),
                    ]
                )
                public init(row: Row) throws {
                    self.id = try row.decode(Int.self, at: 0)
                    self.label = try row.decode(String.self, at: 1)
                }
                public var databaseValues: [DatabaseValue] {
                    [id.databaseValue, label.databaseValue]
                }
                public mutating func assignAutoKey(_ value: DatabaseValue) throws {
                    self.id = try AutoKey.decode(Int.self, from: value, field: "id")
                }
            }
            """
        )
    }

    @Test("an initializer with other labels leaves the generated one in place")
    func declaredInitializerWithOtherLabels() {
        assertExpansion(
            """
            @Model public struct Tag {
                @Key @Auto public var id: Int
                public var label: String
                public init(_ label: String) {
                    self.init(label: label)
                }
            }
            """,
            expandsTo: """
            public struct Tag {
                public var id: Int
                public var label: String
                public init(_ label: String) {
                    self.init(label: label)
                }

                public static let id = Field<Tag, Int>(name: "id", column: "id", table: "Tag")

                public static let label = Field<Tag, String>(name: "label", column: "label", table: "Tag")

                public init(id: Int = 0, label: String) {
                    self.id = id
                    self.label = label
                }
            }

            extension Tag: Model {
                public static let schema = ModelSchema(
                    name: "Tag",
                    tableName: "Tag",
                    fields: [
                        FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                        FieldSchema(name: "label", column: "label", valueType: String.self),
                    ]
                )
                public init(row: Row) throws {
                    self.id = try row.decode(Int.self, at: 0)
                    self.label = try row.decode(String.self, at: 1)
                }
                public var databaseValues: [DatabaseValue] {
                    [id.databaseValue, label.databaseValue]
                }
                public mutating func assignAutoKey(_ value: DatabaseValue) throws {
                    self.id = try AutoKey.decode(Int.self, from: value, field: "id")
                }
            }
            """
        )
    }

    @Test("types are copied as written, and relation types may be qualified with the module")
    func typesAsWritten() {
        assertExpansion(
            """
            @Model struct Attachment {
                var name: Optional<String>
                var bytes: [UInt8]
                var added: Date
                var owner: Ommi.LazyLoadTheRelated<User>
            }
            """,
            expandsTo: """
            struct Attachment {
                var name: Optional<String>
                var bytes: [UInt8]
                var added: Date
                var owner: Ommi.LazyLoadTheRelated<User>

                static let name = Field<Attachment, Optional<String>>(name: "name", column: "name", table: "Attachment")

                static let bytes = Field<Attachment, [UInt8]>(name: "bytes", column: "bytes", table: "Attachment")

                static let added = Field<Attachment, Date>(name: "added", column: "added", table: "Attachment")

                static let owner = RelationDescriptor<Attachment, User>(name: "owner")

                init(name: Optional<String>, bytes: [UInt8], added: Date) {
                    self.name = name
                    self.bytes = bytes
                    self.added = added
                    self.owner = LazyLoadTheRelated()
                }
            }

            extension Attachment: Model {
                static let schema = ModelSchema(
                    name: "Attachment",
                    tableName: "Attachment",
                    fields: [
                        FieldSchema(name: "name", column: "name", valueType: Optional<String>.self),
                        FieldSchema(name: "bytes", column: "bytes", valueType: [UInt8].self),
                        FieldSchema(name: "added", column: "added", valueType: Date.self),
                    ],
                    relations: [
                        RelationSchema(name: "owner", kind: .toOne, target: .type(User.self)),
                    ],
                    usesRowID: true
                )
                init(row: Row) throws {
                    self.name = try row.decode(Optional<String>.self, at: 0)
                    self.bytes = try row.decode([UInt8].self, at: 1)
                    self.added = try row.decode(Date.self, at: 2)
                    self.owner = LazyLoadTheRelated()
                }
                var databaseValues: [DatabaseValue] {
                    [name.databaseValue, bytes.databaseValue, added.databaseValue]
                }
                mutating func bindRelations(to owner: RelationOwner) {
                    self.owner = LazyLoadTheRelated(owner: owner, relation: "owner")
                }
            }
            """
        )
    }

    @Test("observed properties and each name of a multi-name declaration are columns; lazy ones are not")
    func declarationForms() {
        assertExpansion(
            """
            @Model struct Point {
                var x, y: Double
                var label: String = "" {
                    didSet { print(label) }
                }
                lazy var norm: Double = (x * x + y * y).squareRoot()
            }
            """,
            expandsTo: """
            struct Point {
                var x, y: Double
                var label: String = "" {
                    didSet { print(label) }
                }
                lazy var norm: Double = (x * x + y * y).squareRoot()

                static let x = Field<Point, Double>(name: "x", column: "x", table: "Point")

                static let y = Field<Point, Double>(name: "y", column: "y", table: "Point")

                static let label = Field<Point, String>(name: "label", column: "label", table: "Point")

                init(x: Double, y: Double, label: String = "") {
                    self.x = x
                    self.y = y
                    self.label = label
                }
            }

            extension Point: Model {
                static let schema = ModelSchema(
                    name: "Point",
                    tableName: "Point",
                    fields: [
                        FieldSchema(name: "x", column: "x", valueType: Double.self),
                        FieldSchema(name: "y", column: "y", valueType: Double.self),
                        FieldSchema(name: "label", column: "label", valueType: String.self, defaultValue: ""),
                    ],
                    usesRowID: true
                )
                init(row: Row) throws {
                    self.x = try row.decode(Double.self, at: 0)
                    self.y = try row.decode(Double.self, at: 1)
                    self.label = try row.decode(String.self, at: 2)
                }
                var databaseValues: [DatabaseValue] {
                    [x.databaseValue, y.databaseValue, label.databaseValue]
                }
            }
            """
        )
    }

    @Test("a struct that already conforms to Model gets the members without the conformance")
    func alreadyConforming() {
        assertExpansion(
            """
            @Model struct Flag: Model {
                var name: String
            }
            """,
            expandsTo: """
            struct Flag: Model {
                var name: String

                static let name = Field<Flag, String>(name: "name", column: "name", table: "Flag")

                init(name: String) {
                    self.name = name
                }
            }

            extension Flag {
                static let schema = ModelSchema(
                    name: "Flag",
                    tableName: "Flag",
                    fields: [
                        FieldSchema(name: "name", column: "name", valueType: String.self),
                    ],
                    usesRowID: true
                )
                init(row: Row) throws {
                    self.name = try row.decode(String.self, at: 0)
                }
                var databaseValues: [DatabaseValue] {
                    [name.databaseValue]
                }
            }
            """,
            alreadyConforming: true
        )
    }

    @Test("names that need backticks keep them in code and lose them in strings")
    func backtickedNames() {
        assertExpansion(
            """
            @Model struct Option {
                @Key var `default`: Bool
                @StoreAs("say \\"hi\\"") var greeting: String
            }
            """,
            expandsTo: """
            struct Option {
                var `default`: Bool
                var greeting: String

                static let `default` = Field<Option, Bool>(name: "default", column: "default", table: "Option")

                static let greeting = Field<Option, String>(name: "greeting", column: #"say "hi""#, table: "Option")

                init(`default`: Bool, greeting: String) {
                    self.`default` = `default`
                    self.greeting = greeting
                }
            }

            extension Option: Model {
                static let schema = ModelSchema(
                    name: "Option",
                    tableName: "Option",
                    fields: [
                        FieldSchema(name: "default", column: "default", valueType: Bool.self, isKey: true),
                        FieldSchema(name: "greeting", column: #"say "hi""#, valueType: String.self),
                    ]
                )
                init(row: Row) throws {
                    self.`default` = try row.decode(Bool.self, at: 0)
                    self.greeting = try row.decode(String.self, at: 1)
                }
                var databaseValues: [DatabaseValue] {
                    [`default`.databaseValue, greeting.databaseValue]
                }
            }
            """
        )
    }
}
