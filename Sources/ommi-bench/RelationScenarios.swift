import Ommi

/// Posts with their comments (one-to-many) and their tags (many-to-many), loaded lazily one post
/// at a time and eagerly for all posts at once.
enum RelationScenarios {
    static func lazyOneToMany<Engine>(_ scale: Scale) -> Comparison<Engine> {
        Comparison(
            name: "lazy_one_to_many", target: 2, data: .blog(scale), writes: false,
            sql: [Engine.sql.selectPosts, Engine.sql.commentsOfPost],
            orm: { database in
                var loaded: [(Post, [Comment])] = []
                for post in try await database.find(Post.self).all() {
                    loaded.append((post, try await post.comments.value))
                }
                return { BlogChecksum.posts(loaded, BlogChecksum.comment) }
            },
            raw: { database in
                let loaded = try await database.postsWithComments(eagerly: false)
                return { BlogChecksum.posts(loaded, BlogChecksum.comment) }
            })
    }

    static func lazyManyToMany<Engine>(_ scale: Scale) -> Comparison<Engine> {
        Comparison(
            name: "lazy_many_to_many", target: 1.5, data: .blog(scale), writes: false,
            sql: [Engine.sql.selectPosts, Engine.sql.tagsOfPost],
            orm: { database in
                var loaded: [(Post, [Tag])] = []
                for post in try await database.find(Post.self).all() {
                    loaded.append((post, try await post.tags.value))
                }
                return { BlogChecksum.posts(loaded, BlogChecksum.tag) }
            },
            raw: { database in
                let loaded = try await database.postsWithTags(eagerly: false)
                return { BlogChecksum.posts(loaded, BlogChecksum.tag) }
            })
    }

    static func eagerOneToMany<Engine>(_ scale: Scale) -> Comparison<Engine> {
        Comparison(
            name: "eager_one_to_many", target: 1.5, data: .blog(scale), writes: false,
            sql: [Engine.sql.selectPosts, Engine.sql.commentsOfAllPosts],
            orm: { database in
                var loaded: [(Post, [Comment])] = []
                for post in try await database.find(Post.self).including(Post.comments).all() {
                    loaded.append((post, try await post.comments.value))
                }
                return { BlogChecksum.posts(loaded, BlogChecksum.comment) }
            },
            raw: { database in
                let loaded = try await database.postsWithComments(eagerly: true)
                return { BlogChecksum.posts(loaded, BlogChecksum.comment) }
            })
    }

    static func eagerManyToMany<Engine>(_ scale: Scale) -> Comparison<Engine> {
        Comparison(
            name: "eager_many_to_many", target: 1.5, data: .blog(scale), writes: false,
            sql: [Engine.sql.selectPosts, Engine.sql.tagsOfAllPosts],
            orm: { database in
                var loaded: [(Post, [Tag])] = []
                for post in try await database.find(Post.self).including(Post.tags).all() {
                    loaded.append((post, try await post.tags.value))
                }
                return { BlogChecksum.posts(loaded, BlogChecksum.tag) }
            },
            raw: { database in
                let loaded = try await database.postsWithTags(eagerly: true)
                return { BlogChecksum.posts(loaded, BlogChecksum.tag) }
            })
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
