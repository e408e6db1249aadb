import Foundation
import Ommi

@Model struct Post {
    @Key var id: Int
    var title: String
    @AssociateUsing(PostTag.self) var tags: LazyLoadEveryRelated<Tag>
}

@Model struct Tag {
    @Key var id: Int
    var name: String
    @AssociateUsing(PostTag.self) var posts: LazyLoadEveryRelated<Post>
}

@Model struct PostTag {
    @Key @ReferenceTo(Post.id) var postID: Int
    @Key @ReferenceTo(Tag.id) var tagID: Int
    var createdAt: String? = nil
}

let blogModels = ModelCollection(Post.self, Tag.self, PostTag.self)

/// The seed data of the original Ommi's many-to-many example.
func seedBlog(_ db: Ommi) async throws {
    try await blogModels.setup(on: db)
    try await db.add(Post(id: 1, title: "Ommi is Great"), Post(id: 2, title: "Python Tips"))
    try await db.add(Tag(id: 101, name: "ommi"), Tag(id: 102, name: "python"), Tag(id: 103, name: "guide"))
    try await db.add(
        PostTag(postID: 1, tagID: 101), PostTag(postID: 1, tagID: 103), PostTag(postID: 2, tagID: 102),
        PostTag(postID: 2, tagID: 103))
}
