import Foundation

/// The browser's test file: posts, tags, and associations keyed post first with no index on the
/// tag side, as a file written by the original Python Ommi looks at scale. Built once per run
/// and shared by the browser scenarios.
enum BrowseFixture {
    /// The file for `scale`, generated the first time a scenario asks for it.
    static func path(_ scale: Scale, folder: BenchFolder) throws -> String {
        try cached("browse-\(scale.browsePosts).db", in: folder) { try generate($0, scale) }
    }

    /// The file called `name` in `folder`, which `generate` writes the first time it is asked
    /// for (under another name until it is complete, so a failed run leaves no half file).
    static func cached(_ name: String, in folder: BenchFolder, generate: (String) throws -> Void) throws -> String {
        let path = folder.cachedPath(name)
        if FileManager.default.fileExists(atPath: path) { return path }
        let building = path + ".building"
        folder.remove(building)
        try generate(building)
        try FileManager.default.moveItem(atPath: building, toPath: path)
        return path
    }

    /// Writes every row with `WITH RECURSIVE` inserts in one transaction; each post gets
    /// `browseTagsPerPost` distinct tags spread over the tag table.
    private static func generate(_ path: String, _ scale: Scale) throws {
        let raw = try RawDatabase(path: path, create: true)
        let spacing = scale.browseTags / scale.browseTagsPerPost
        try raw.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536")
        try raw.exec("BEGIN")
        try raw.exec(
            """
            CREATE TABLE "Post" ("id" INTEGER PRIMARY KEY, "title" TEXT NOT NULL, "body" TEXT);
            CREATE TABLE "Tag" ("id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL);
            CREATE TABLE "PostTag" (
                "post_id" INTEGER NOT NULL REFERENCES "Post" ("id"),
                "tag_id" INTEGER NOT NULL REFERENCES "Tag" ("id"),
                PRIMARY KEY ("post_id", "tag_id"));
            WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < \(scale.browsePosts))
            INSERT INTO "Post" SELECT i, printf('Post number %d', i), printf('The body of post %d, with a few words.', i) FROM s;
            WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < \(scale.browseTags))
            INSERT INTO "Tag" SELECT i, printf('tag-%d', i) FROM s;
            WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < \(scale.browseTagsPerPost - 1))
            INSERT INTO "PostTag" SELECT "Post"."id", (("Post"."id" + k.j * \(spacing)) % \(scale.browseTags)) + 1
            FROM "Post", k ORDER BY 1, 2;
            """)
        try raw.exec("COMMIT")
    }
}
