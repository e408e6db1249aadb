import Ommi

/// The row of the single-table scenarios: `{id, title, n}`.
@Model struct Item {
    @Key var id: Int
    var title: String
    var n: Int
}

/// A post with comments (one-to-many) and tags (many-to-many through ``PostTag``).
@Model struct Post {
    @Key var id: Int
    var title: String
    var comments: LazyLoadEveryRelated<Comment>
    @AssociateUsing(PostTag.self) var tags: LazyLoadEveryRelated<Tag>
}

@Model struct Comment {
    @Key var id: Int
    @ReferenceTo(Post.id) var postID: Int
    var body: String
}

@Model struct Tag {
    @Key var id: Int
    var name: String
}

@Model struct PostTag {
    @Key @ReferenceTo(Post.id) var postID: Int
    @Key @ReferenceTo(Tag.id) var tagID: Int
}

/// The models of the item scenarios and of the relation scenarios, each set up in its own file.
enum BenchModels {
    static let items = ModelCollection(Item.self)
    static let blog = ModelCollection(Post.self, Comment.self, Tag.self, PostTag.self)
}
