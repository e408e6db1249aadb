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
                @Via(\\Comment.postID) public var comments: LazyLoadEveryRelated<Comment>
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
                    public var author: LazyLoadTheRelated<User> {
                        get {
                            .init(binding: _ommiRelations, relation: "author", values: databaseValues)
                        }
                    }
                    public var tags: LazyLoadEveryRelated<Tag> {
                        get {
                            .init(binding: _ommiRelations, relation: "tags", values: databaseValues)
                        }
                    }
                    public var comments: LazyLoadEveryRelated<Comment> {
                        get {
                            .init(binding: _ommiRelations, relation: "comments", values: databaseValues)
                        }
                    }
                    public var wordCount: Int { title.count }
                    public static var shared = 1
                    let version = 2

                    public static let id = Ommi::Field<Post, Int>(name: "id", column: "id", table: "posts")

                    public static let title = Ommi::Field<Post, String>(name: "title", column: "post_title", table: "posts")

                    public static let subtitle = Ommi::Field<Post, String?>(name: "subtitle", column: "subtitle", table: "posts")

                    public static let authorID = Ommi::Field<Post, Int>(name: "authorID", column: "authorID", table: "posts")

                    public static let author = Ommi::RelationDescriptor<Post, User>(name: "author")

                    public static let tags = Ommi::RelationDescriptor<Post, Tag>(name: "tags")

                    public static let comments = Ommi::RelationDescriptor<Post, Comment>(name: "comments")

                    var _ommiRelations = Ommi::RelationBinding()

                    public init(id: Int = 0, title: String, subtitle: String? = nil, authorID: Int) {
                        self.id = id
                        self.title = title
                        self.subtitle = subtitle
                        self.authorID = authorID
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case title
                        case subtitle
                        case authorID
                    }

                    public static let schema = Ommi::ModelSchema(
                        name: "Post",
                        tableName: "posts",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                            Ommi::FieldSchema(name: "title", column: "post_title", valueType: String.self),
                            Ommi::FieldSchema(name: "subtitle", column: "subtitle", valueType: String?.self),
                            Ommi::FieldSchema(name: "authorID", column: "authorID", valueType: Int.self, reference: User.id.reference),
                        ],
                        relations: [
                            Ommi::RelationSchema(name: "author", kind: .toOne, target: .type(User.self)),
                            Ommi::RelationSchema(name: "tags", kind: .manyToMany, target: .type(Tag.self), through: .type(PostTag.self)),
                            Ommi::RelationSchema(name: "comments", kind: .toMany, target: .type(Comment.self), via: [Comment.postID.column]),
                        ]
                    )

                    public init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.title = try row.decode(String.self, at: 1)
                        self.subtitle = try row.decode(String?.self, at: 2)
                        self.authorID = try row.decode(Int.self, at: 3)
                    }

                    public var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, title.databaseValue, subtitle.databaseValue, authorID.databaseValue]
                    }

                    public mutating func assignAutoKey(_ value: Ommi::DatabaseValue) throws {
                        self.id = try Ommi::AutoKey.decode(Int.self, from: value, field: "id")
                    }

                    public mutating func bindRelations(to owner: Ommi::RelationOwner) {
                        self._ommiRelations = Ommi::RelationBinding(owner: owner)
                    }
                }

                extension Post: Ommi::Model {
                }

                extension Post: Swift::CustomReflectable {
                    public var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "title", value: title as Any), (label: "subtitle", value: subtitle as Any), (label: "authorID", value: authorID as Any)], displayStyle: .struct)
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
                @Key var id: Int
                @ReferenceTo(User.id) var userID: Int
                @Clamped(1...5) var level: Int
                var role: String
            }
            """,
            expandsTo: """
                struct Membership {
                    var id: Int
                    @ReferenceTo(User.id) var userID: Int
                    @Clamped(1...5) var level: Int
                    var role: String

                    static let id = Ommi::Field<Membership, Int>(name: "id", column: "id", table: "Membership")

                    static let userID = Ommi::Field<Membership, Int>(name: "userID", column: "userID", table: "Membership")

                    static let level = Ommi::Field<Membership, Int>(name: "level", column: "level", table: "Membership")

                    static let role = Ommi::Field<Membership, String>(name: "role", column: "role", table: "Membership")

                    init(id: Int, userID: Int, level: Int, role: String) {
                        self.id = id
                        self.role = role
                        self.userID = userID
                        self.level = level
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case userID
                        case level
                        case role
                    }

                    static let schema = Ommi::ModelSchema(
                        name: "Membership",
                        tableName: "Membership",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true),
                            Ommi::FieldSchema(name: "userID", column: "userID", valueType: Int.self, reference: User.id.reference),
                            Ommi::FieldSchema(name: "level", column: "level", valueType: Int.self),
                            Ommi::FieldSchema(name: "role", column: "role", valueType: String.self),
                        ]
                    )

                    init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.role = try row.decode(String.self, at: 3)
                        self.userID = try row.decode(Int.self, at: 1)
                        self.level = try row.decode(Int.self, at: 2)
                    }

                    var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, userID.databaseValue, level.databaseValue, role.databaseValue]
                    }
                }

                extension Membership: Ommi::Model {
                }

                extension Membership: Swift::CustomReflectable {
                    var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "userID", value: userID as Any), (label: "level", value: level as Any), (label: "role", value: role as Any)], displayStyle: .struct)
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

                    public static let id = Ommi::Field<User, Int>(name: "id", column: "id", table: "users")

                    public static let name = Ommi::Field<User, String>(name: "name", column: "name", table: "users")

                    public init(id: Int, name: String) {
                        self.id = id
                        self.name = name
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case name
                    }

                    public static let schema = Ommi::ModelSchema(
                        name: "User",
                        tableName: "users",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true),
                            Ommi::FieldSchema(name: "name", column: "name", valueType: String.self),
                        ]
                    )

                    public init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.name = try row.decode(String.self, at: 1)
                    }

                    public var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, name.databaseValue]
                    }
                }

                extension User: Ommi::Model {
                }

                extension User: Swift::CustomReflectable {
                    public var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "name", value: name as Any)], displayStyle: .struct)
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

                    public static let postID = Ommi::Field<PostTag, Int>(name: "postID", column: "postID", table: "post_tags")

                    public static let tagID = Ommi::Field<PostTag, Int>(name: "tagID", column: "tagID", table: "post_tags")

                    public init(postID: Int, tagID: Int) {
                        self.postID = postID
                        self.tagID = tagID
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case postID
                        case tagID
                    }

                    public static let schema = Ommi::ModelSchema(
                        name: "PostTag",
                        tableName: "post_tags",
                        fields: [
                            Ommi::FieldSchema(name: "postID", column: "postID", valueType: Int.self, isKey: true, reference: Post.id.reference),
                            Ommi::FieldSchema(name: "tagID", column: "tagID", valueType: Int.self, isKey: true, reference: Tag.id.reference),
                        ]
                    )

                    public init(row: Ommi::Row) throws {
                        self.postID = try row.decode(Int.self, at: 0)
                        self.tagID = try row.decode(Int.self, at: 1)
                    }

                    public var databaseValues: [Ommi::DatabaseValue] {
                        [postID.databaseValue, tagID.databaseValue]
                    }
                }

                extension PostTag: Ommi::Model {
                }

                extension PostTag: Swift::CustomReflectable {
                    public var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "postID", value: postID as Any), (label: "tagID", value: tagID as Any)], displayStyle: .struct)
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

                    public static let id = Ommi::Field<Tag, Int>(name: "id", column: "id", table: "Tag")

                    public static let label = Ommi::Field<Tag, String>(name: "label", column: "label", table: "Tag")

                    public init(id: Int = 0, label: String) {
                        self.id = id
                        self.label = label
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case label
                    }

                    public static let schema = Ommi::ModelSchema(
                        name: "Tag",
                        tableName: "Tag",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                            Ommi::FieldSchema(name: "label", column: "label", valueType: String.self),
                        ]
                    )

                    public init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.label = try row.decode(String.self, at: 1)
                    }

                    public var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, label.databaseValue]
                    }

                    public mutating func assignAutoKey(_ value: Ommi::DatabaseValue) throws {
                        self.id = try Ommi::AutoKey.decode(Int.self, from: value, field: "id")
                    }
                }

                extension Tag: Ommi::Model {
                }

                extension Tag: Swift::CustomReflectable {
                    public var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "label", value: label as Any)], displayStyle: .struct)
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

                    static let key = Ommi::Field<Setting, String>(name: "key", column: "key", table: "Setting")

                    static let value = Ommi::Field<Setting, String>(name: "value", column: "value", table: "Setting")

                    init(key: String, value: String) {
                        self.key = key
                        self.value = value
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case key
                        case value
                    }

                    static let schema = Ommi::ModelSchema(
                        name: "Setting",
                        tableName: "Setting",
                        fields: [
                            Ommi::FieldSchema(name: "key", column: "key", valueType: String.self, isKey: true),
                            Ommi::FieldSchema(name: "value", column: "value", valueType: String.self),
                        ]
                    )

                    init(row: Ommi::Row) throws {
                        self.key = try row.decode(String.self, at: 0)
                        self.value = try row.decode(String.self, at: 1)
                    }

                    var databaseValues: [Ommi::DatabaseValue] {
                        [key.databaseValue, value.databaseValue]
                    }
                }

                extension Setting: Ommi::Model {
                }

                extension Setting: Swift::CustomReflectable {
                    var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "key", value: key as Any), (label: "value", value: value as Any)], displayStyle: .struct)
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

                    package static let key = Ommi::Field<Setting, String>(name: "key", column: "key", table: "Setting")

                    package static let value = Ommi::Field<Setting, String>(name: "value", column: "value", table: "Setting")

                    package init(key: String, value: String) {
                        self.key = key
                        self.value = value
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case key
                        case value
                    }

                    package static let schema = Ommi::ModelSchema(
                        name: "Setting",
                        tableName: "Setting",
                        fields: [
                            Ommi::FieldSchema(name: "key", column: "key", valueType: String.self, isKey: true),
                            Ommi::FieldSchema(name: "value", column: "value", valueType: String.self),
                        ]
                    )

                    package init(row: Ommi::Row) throws {
                        self.key = try row.decode(String.self, at: 0)
                        self.value = try row.decode(String.self, at: 1)
                    }

                    package var databaseValues: [Ommi::DatabaseValue] {
                        [key.databaseValue, value.databaseValue]
                    }
                }

                extension Setting: Ommi::Model {
                }

                extension Setting: Swift::CustomReflectable {
                    package var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "key", value: key as Any), (label: "value", value: value as Any)], displayStyle: .struct)
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

                    public static let id = Ommi::Field<Event, Int?>(name: "id", column: "id", table: "Event")

                    public static let name = Ommi::Field<Event, String>(name: "name", column: "name", table: "Event")

                    public init(id: Int? = nil, name: String) {
                        self.id = id
                        self.name = name
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case name
                    }

                    public static let schema = Ommi::ModelSchema(
                        name: "Event",
                        tableName: "Event",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int?.self, isKey: true, isAuto: true),
                            Ommi::FieldSchema(name: "name", column: "name", valueType: String.self),
                        ]
                    )

                    public init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int?.self, at: 0)
                        self.name = try row.decode(String.self, at: 1)
                    }

                    public var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, name.databaseValue]
                    }

                    public mutating func assignAutoKey(_ value: Ommi::DatabaseValue) throws {
                        self.id = try Ommi::AutoKey.decode(Int?.self, from: value, field: "id")
                    }
                }

                extension Event: Ommi::Model {
                }

                extension Event: Swift::CustomReflectable {
                    public var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "name", value: name as Any)], displayStyle: .struct)
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

                    public static let id = Ommi::Field<Tag, Int>(name: "id", column: "id", table: "Tag")

                    public static let label = Ommi::Field<Tag, String>(name: "label", column: "label", table: "Tag")

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case label
                    }

                    public static let schema = Ommi::ModelSchema(
                        name: "Tag",
                        tableName: "Tag",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                            Ommi::FieldSchema(name: "label", column: "label", valueType: String.self),
                        ]
                    )

                    public init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.label = try row.decode(String.self, at: 1)
                    }

                    public var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, label.databaseValue]
                    }

                    public mutating func assignAutoKey(_ value: Ommi::DatabaseValue) throws {
                        self.id = try Ommi::AutoKey.decode(Int.self, from: value, field: "id")
                    }
                }

                extension Tag: Ommi::Model {
                }

                extension Tag: Swift::CustomReflectable {
                    public var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "label", value: label as Any)], displayStyle: .struct)
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

                    public static let id = Ommi::Field<Tag, Int>(name: "id", column: "id", table: "Tag")

                    public static let label = Ommi::Field<Tag, String>(name: "label", column: "label", table: "Tag")

                    public init(id: Int = 0, label: String) {
                        self.id = id
                        self.label = label
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case label
                    }

                    public static let schema = Ommi::ModelSchema(
                        name: "Tag",
                        tableName: "Tag",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                            Ommi::FieldSchema(name: "label", column: "label", valueType: String.self),
                        ]
                    )

                    public init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.label = try row.decode(String.self, at: 1)
                    }

                    public var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, label.databaseValue]
                    }

                    public mutating func assignAutoKey(_ value: Ommi::DatabaseValue) throws {
                        self.id = try Ommi::AutoKey.decode(Int.self, from: value, field: "id")
                    }
                }

                extension Tag: Ommi::Model {
                }

                extension Tag: Swift::CustomReflectable {
                    public var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "label", value: label as Any)], displayStyle: .struct)
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
                @Key var id: Int
                var name: Optional<String>
                var bytes: [UInt8]
                var added: Date
                var owner: Ommi.LazyLoadTheRelated<User>
            }
            """,
            expandsTo: """
                struct Attachment {
                    var id: Int
                    var name: Optional<String>
                    var bytes: [UInt8]
                    var added: Date
                    var owner: Ommi.LazyLoadTheRelated<User> {
                        get {
                            .init(binding: _ommiRelations, relation: "owner", values: databaseValues)
                        }
                    }

                    static let id = Ommi::Field<Attachment, Int>(name: "id", column: "id", table: "Attachment")

                    static let name = Ommi::Field<Attachment, Optional<String>>(name: "name", column: "name", table: "Attachment")

                    static let bytes = Ommi::Field<Attachment, [UInt8]>(name: "bytes", column: "bytes", table: "Attachment")

                    static let added = Ommi::Field<Attachment, Date>(name: "added", column: "added", table: "Attachment")

                    static let owner = Ommi::RelationDescriptor<Attachment, User>(name: "owner")

                    var _ommiRelations = Ommi::RelationBinding()

                    init(id: Int, name: Optional<String> = nil, bytes: [UInt8], added: Date) {
                        self.id = id
                        self.name = name
                        self.bytes = bytes
                        self.added = added
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case name
                        case bytes
                        case added
                    }

                    static let schema = Ommi::ModelSchema(
                        name: "Attachment",
                        tableName: "Attachment",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true),
                            Ommi::FieldSchema(name: "name", column: "name", valueType: Optional<String>.self),
                            Ommi::FieldSchema(name: "bytes", column: "bytes", valueType: [UInt8].self),
                            Ommi::FieldSchema(name: "added", column: "added", valueType: Date.self),
                        ],
                        relations: [
                            Ommi::RelationSchema(name: "owner", kind: .toOne, target: .type(User.self)),
                        ]
                    )

                    init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.name = try row.decode(Optional<String>.self, at: 1)
                        self.bytes = try row.decode([UInt8].self, at: 2)
                        self.added = try row.decode(Date.self, at: 3)
                    }

                    var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, name.databaseValue, bytes.databaseValue, added.databaseValue]
                    }

                    mutating func bindRelations(to owner: Ommi::RelationOwner) {
                        self._ommiRelations = Ommi::RelationBinding(owner: owner)
                    }
                }

                extension Attachment: Ommi::Model {
                }

                extension Attachment: Swift::CustomReflectable {
                    var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "name", value: name as Any), (label: "bytes", value: bytes as Any), (label: "added", value: added as Any)], displayStyle: .struct)
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
                @Key var id: Int
                var x, y: Double
                var label: String = "" {
                    didSet { print(label) }
                }
                lazy var norm: Double = (x * x + y * y).squareRoot()
            }
            """,
            expandsTo: """
                struct Point {
                    var id: Int
                    var x, y: Double
                    var label: String = "" {
                        didSet { print(label) }
                    }
                    lazy var norm: Double = (x * x + y * y).squareRoot()

                    static let id = Ommi::Field<Point, Int>(name: "id", column: "id", table: "Point")

                    static let x = Ommi::Field<Point, Double>(name: "x", column: "x", table: "Point")

                    static let y = Ommi::Field<Point, Double>(name: "y", column: "y", table: "Point")

                    static let label = Ommi::Field<Point, String>(name: "label", column: "label", table: "Point")

                    init(id: Int, x: Double, y: Double, label: String = "") {
                        self.id = id
                        self.x = x
                        self.y = y
                        self.label = label
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case x
                        case y
                        case label
                    }

                    static let schema = Ommi::ModelSchema(
                        name: "Point",
                        tableName: "Point",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true),
                            Ommi::FieldSchema(name: "x", column: "x", valueType: Double.self),
                            Ommi::FieldSchema(name: "y", column: "y", valueType: Double.self),
                            Ommi::FieldSchema(name: "label", column: "label", valueType: String.self, defaultValue: ""),
                        ]
                    )

                    init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.x = try row.decode(Double.self, at: 1)
                        self.y = try row.decode(Double.self, at: 2)
                        self.label = try row.decode(String.self, at: 3)
                    }

                    var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, x.databaseValue, y.databaseValue, label.databaseValue]
                    }
                }

                extension Point: Ommi::Model {
                }

                extension Point: Swift::CustomReflectable {
                    var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "x", value: x as Any), (label: "y", value: y as Any), (label: "label", value: label as Any)], displayStyle: .struct)
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
                @Key var id: Int
                var name: String
            }
            """,
            expandsTo: """
                struct Flag: Model {
                    var id: Int
                    var name: String

                    static let id = Ommi::Field<Flag, Int>(name: "id", column: "id", table: "Flag")

                    static let name = Ommi::Field<Flag, String>(name: "name", column: "name", table: "Flag")

                    init(id: Int, name: String) {
                        self.id = id
                        self.name = name
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case name
                    }

                    static let schema = Ommi::ModelSchema(
                        name: "Flag",
                        tableName: "Flag",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true),
                            Ommi::FieldSchema(name: "name", column: "name", valueType: String.self),
                        ]
                    )

                    init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.name = try row.decode(String.self, at: 1)
                    }

                    var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, name.databaseValue]
                    }
                }

                extension Flag: Swift::CustomReflectable {
                    var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "name", value: name as Any)], displayStyle: .struct)
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

                    static let `default` = Ommi::Field<Option, Bool>(name: "default", column: "default", table: "Option")

                    static let greeting = Ommi::Field<Option, String>(name: "greeting", column: #"say "hi""#, table: "Option")

                    init(`default`: Bool, greeting: String) {
                        self.`default` = `default`
                        self.greeting = greeting
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case `default`
                        case greeting
                    }

                    static let schema = Ommi::ModelSchema(
                        name: "Option",
                        tableName: "Option",
                        fields: [
                            Ommi::FieldSchema(name: "default", column: "default", valueType: Bool.self, isKey: true),
                            Ommi::FieldSchema(name: "greeting", column: #"say "hi""#, valueType: String.self),
                        ]
                    )

                    init(row: Ommi::Row) throws {
                        self.`default` = try row.decode(Bool.self, at: 0)
                        self.greeting = try row.decode(String.self, at: 1)
                    }

                    var databaseValues: [Ommi::DatabaseValue] {
                        [`default`.databaseValue, greeting.databaseValue]
                    }
                }

                extension Option: Ommi::Model {
                }

                extension Option: Swift::CustomReflectable {
                    var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "default", value: `default` as Any), (label: "greeting", value: greeting as Any)], displayStyle: .struct)
                    }
                }
                """
        )
    }

    @Test("@Unique, @Indexed and @Model(unique:) reach the schema; optionals default to nil in the initializer")
    func constraintsAndOptionalDefaults() {
        assertExpansion(
            """
            @Model(name: "books", unique: [["authorID", "title"]]) struct Book {
                @Key @Auto var id: Int
                @Unique var isbn: String
                @Indexed @StoreAs("book_title") var title: String
                var authorID: Int
                var note: String?
            }
            """,
            expandsTo: """
                struct Book {
                    var id: Int
                    var isbn: String
                    var title: String
                    var authorID: Int
                    var note: String?

                    static let id = Ommi::Field<Book, Int>(name: "id", column: "id", table: "books")

                    static let isbn = Ommi::Field<Book, String>(name: "isbn", column: "isbn", table: "books")

                    static let title = Ommi::Field<Book, String>(name: "title", column: "book_title", table: "books")

                    static let authorID = Ommi::Field<Book, Int>(name: "authorID", column: "authorID", table: "books")

                    static let note = Ommi::Field<Book, String?>(name: "note", column: "note", table: "books")

                    init(id: Int = 0, isbn: String, title: String, authorID: Int, note: String? = nil) {
                        self.id = id
                        self.isbn = isbn
                        self.title = title
                        self.authorID = authorID
                        self.note = note
                    }

                    enum CodingKeys: Swift::String, Swift::CodingKey {
                        case id
                        case isbn
                        case title
                        case authorID
                        case note
                    }

                    static let schema = Ommi::ModelSchema(
                        name: "Book",
                        tableName: "books",
                        fields: [
                            Ommi::FieldSchema(name: "id", column: "id", valueType: Int.self, isKey: true, isAuto: true),
                            Ommi::FieldSchema(name: "isbn", column: "isbn", valueType: String.self, isUnique: true),
                            Ommi::FieldSchema(name: "title", column: "book_title", valueType: String.self, isIndexed: true),
                            Ommi::FieldSchema(name: "authorID", column: "authorID", valueType: Int.self),
                            Ommi::FieldSchema(name: "note", column: "note", valueType: String?.self),
                        ],
                        uniqueConstraints: [["authorID", "book_title"]]
                    )

                    init(row: Ommi::Row) throws {
                        self.id = try row.decode(Int.self, at: 0)
                        self.isbn = try row.decode(String.self, at: 1)
                        self.title = try row.decode(String.self, at: 2)
                        self.authorID = try row.decode(Int.self, at: 3)
                        self.note = try row.decode(String?.self, at: 4)
                    }

                    var databaseValues: [Ommi::DatabaseValue] {
                        [id.databaseValue, isbn.databaseValue, title.databaseValue, authorID.databaseValue, note.databaseValue]
                    }

                    mutating func assignAutoKey(_ value: Ommi::DatabaseValue) throws {
                        self.id = try Ommi::AutoKey.decode(Int.self, from: value, field: "id")
                    }
                }

                extension Book: Ommi::Model {
                }

                extension Book: Swift::CustomReflectable {
                    var customMirror: Swift::Mirror {
                        Swift::Mirror(self, children: [(label: "id", value: id as Any), (label: "isbn", value: isbn as Any), (label: "title", value: title as Any), (label: "authorID", value: authorID as Any), (label: "note", value: note as Any)], displayStyle: .struct)
                    }
                }
                """
        )
    }
}
