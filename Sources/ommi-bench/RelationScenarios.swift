import Ommi

/// Posts with their comments (one-to-many) and their tags (many-to-many), loaded lazily one post
/// at a time and eagerly for all posts at once.
enum RelationScenarios {
    static func lazyOneToMany(_ scale: Scale) -> Comparison {
        Comparison(
            name: "lazy_one_to_many", target: 2, build: { try await BenchFiles.blog($0, scale: scale) }, writes: false,
            sql: [BlogSQL.selectPosts, BlogSQL.commentsOfPost],
            orm: { database in
                var loaded: [(Post, [Comment])] = []
                for post in try await database.find(Post.self).all() {
                    loaded.append((post, try await post.comments.value))
                }
                return { BlogChecksum.posts(loaded, BlogChecksum.comment) }
            },
            raw: { database in
                let loaded = try lazyRaw(database, BlogSQL.commentsOfPost) { $0.comment() }
                return { BlogChecksum.posts(loaded, BlogChecksum.comment) }
            })
    }

    static func lazyManyToMany(_ scale: Scale) -> Comparison {
        Comparison(
            name: "lazy_many_to_many", target: 2, build: { try await BenchFiles.blog($0, scale: scale) },
            writes: false, sql: [BlogSQL.selectPosts, BlogSQL.tagsOfPost],
            orm: { database in
                var loaded: [(Post, [Tag])] = []
                for post in try await database.find(Post.self).all() {
                    loaded.append((post, try await post.tags.value))
                }
                return { BlogChecksum.posts(loaded, BlogChecksum.tag) }
            },
            raw: { database in
                let loaded = try lazyRaw(database, BlogSQL.tagsOfPost) { $0.tag() }
                return { BlogChecksum.posts(loaded, BlogChecksum.tag) }
            })
    }

    static func eagerOneToMany(_ scale: Scale) -> Comparison {
        Comparison(
            name: "eager_one_to_many", target: 1.5, build: { try await BenchFiles.blog($0, scale: scale) },
            writes: false, sql: [BlogSQL.selectPosts, BlogSQL.commentsOfAllPosts],
            orm: { database in
                var loaded: [(Post, [Comment])] = []
                for post in try await database.find(Post.self).including(Post.comments).all() {
                    loaded.append((post, try await post.comments.value))
                }
                return { BlogChecksum.posts(loaded, BlogChecksum.comment) }
            },
            raw: { database in
                let loaded = try eagerRaw(database, BlogSQL.commentsOfAllPosts) { $0.comment(from: 1) }
                return { BlogChecksum.posts(loaded, BlogChecksum.comment) }
            })
    }

    static func eagerManyToMany(_ scale: Scale) -> Comparison {
        Comparison(
            name: "eager_many_to_many", target: 1.5, build: { try await BenchFiles.blog($0, scale: scale) },
            writes: false, sql: [BlogSQL.selectPosts, BlogSQL.tagsOfAllPosts],
            orm: { database in
                var loaded: [(Post, [Tag])] = []
                for post in try await database.find(Post.self).including(Post.tags).all() {
                    loaded.append((post, try await post.tags.value))
                }
                return { BlogChecksum.posts(loaded, BlogChecksum.tag) }
            },
            raw: { database in
                let loaded = try eagerRaw(database, BlogSQL.tagsOfAllPosts) { $0.tag(from: 1) }
                return { BlogChecksum.posts(loaded, BlogChecksum.tag) }
            })
    }

    /// Every post, then one query per post for its related rows, with one statement reused.
    private static func lazyRaw<Related>(
        _ database: RawDatabase, _ sql: String, _ decode: (RawStatement) -> Related
    ) throws -> [(Post, [Related])] {
        let posts = try allPosts(database)
        let statement = try database.prepare(sql)
        var loaded: [(Post, [Related])] = []
        loaded.reserveCapacity(posts.count)
        for post in posts {
            statement.bind(post.id, at: 1)
            var related: [Related] = []
            while try statement.step() { related.append(decode(statement)) }
            statement.reset()
            loaded.append((post, related))
        }
        return loaded
    }

    /// Every post, then one query for the related rows of all of them, grouped by the post key
    /// that leads each row.
    private static func eagerRaw<Related>(
        _ database: RawDatabase, _ sql: String, _ decode: (RawStatement) -> Related
    ) throws -> [(Post, [Related])] {
        let posts = try allPosts(database)
        let statement = try database.prepare(sql)
        var grouped: [Int: [Related]] = [:]
        while try statement.step() { grouped[statement.int(0), default: []].append(decode(statement)) }
        statement.reset()
        return posts.map { ($0, grouped[$0.id] ?? []) }
    }

    private static func allPosts(_ database: RawDatabase) throws -> [Post] {
        let statement = try database.prepare(BlogSQL.selectPosts)
        var posts: [Post] = []
        while try statement.step() { posts.append(statement.post()) }
        statement.reset()
        return posts
    }
}
