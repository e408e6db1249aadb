import Ommi
import OmmiBrowser
import OmmiSQLite

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

@Model struct PostTag {  // the association model
    @Key @ReferenceTo(Post.id) var postID: Int
    @Key @ReferenceTo(Tag.id) var tagID: Int
    var createdAt: String? = nil  // association payload
}

let appModels = ModelCollection(Post.self, Tag.self, PostTag.self)

let db = try await Ommi(SQLiteDriver.connect())  // in-memory; .connect(path:) for a file
try await appModels.setup(on: db)  // CREATE TABLE IF NOT EXISTS ..., never drops
try await db.add(Post(id: 1, title: "Ommi is Great"), Post(id: 2, title: "Python Tips"))
try await db.add(Tag(id: 101, name: "ommi"), Tag(id: 102, name: "python"), Tag(id: 103, name: "guide"))
try await db.add(
    PostTag(postID: 1, tagID: 101), PostTag(postID: 1, tagID: 103),
    PostTag(postID: 2, tagID: 102), PostTag(postID: 2, tagID: 103))

let post = try await db.find(Post.id == 1).one()
for tag in try await post.tags.value { print(tag.name) }  // one SQL query, not one per tag
let guide = try await db.find(Tag.name == "guide").one()
print(try await guide.posts.value.map(\.title))
if CommandLine.arguments.contains("--browse") {  // `swift run ommi-example --browse`
    try await appModels.browse(on: db)  // the browser on these models, until q
}
try await appModels.remove(from: db)
