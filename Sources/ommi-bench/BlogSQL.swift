/// The SQL texts the raw contender runs for the relation scenarios, as Ommi compiles them.
enum BlogSQL {
    static let selectPosts = #"SELECT "Post"."id", "Post"."title" FROM "Post""#
    static let commentsOfPost =
        #"SELECT r."id", r."postID", r."body" FROM "Comment" AS r WHERE r."postID" = ? ORDER BY r."id""#
    static let tagsOfPost =
        #"SELECT r."id", r."name" FROM "Tag" AS r WHERE r."id" IN (SELECT a."tagID" FROM "PostTag" AS a WHERE a."postID" = ?) ORDER BY r."id""#
    static let commentsOfAllPosts =
        #"SELECT r."postID", r."id", r."postID", r."body" FROM "Comment" AS r WHERE r."postID" IN (SELECT "Post"."id" FROM "Post") ORDER BY r."id""#
    static let tagsOfAllPosts =
        #"SELECT DISTINCT a."postID", r."id", r."name" FROM "PostTag" AS a JOIN "Tag" AS r ON r."id" = a."tagID" WHERE a."postID" IN (SELECT "Post"."id" FROM "Post") ORDER BY r."id""#
}

extension RawStatement {
    @inline(__always) func post() -> Post {
        Post(id: int(0), title: text(1))
    }

    @inline(__always) func comment(from column: Int32 = 0) -> Comment {
        Comment(id: int(column), postID: int(column + 1), body: text(column + 2))
    }

    @inline(__always) func tag(from column: Int32 = 0) -> Tag {
        Tag(id: int(column), name: text(column + 1))
    }
}

/// Checksums of posts with their related rows, which depend on the order of the related rows.
enum BlogChecksum {
    static func posts<Related>(_ loaded: [(Post, [Related])], _ related: (Related) -> Int) -> Int {
        loaded.reduce(0) { total, entry in
            let (post, items) = entry
            return items.enumerated().reduce(total &+ post.id &* 31 &+ post.title.utf8.count) {
                $0 &+ ($1.offset + 1) &* related($1.element)
            }
        }
    }

    static func comment(_ comment: Comment) -> Int {
        comment.id &* 7 &+ comment.postID &* 3 &+ comment.body.utf8.count
    }

    static func tag(_ tag: Tag) -> Int {
        tag.id &* 5 &+ tag.name.utf8.count
    }
}
