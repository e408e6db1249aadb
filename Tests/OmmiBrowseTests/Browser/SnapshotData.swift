/// The SQL of the databases the screen snapshots show.
enum SnapshotData {
    /// A small blog shaped like the demo: authors, forty posts (one with no date, one with a tab
    /// and a newline in its body), tags through `PostTag` with a payload column, comments, and a
    /// view of posts with their authors' names, which has no key.
    static let blog: [String] = [
        #"CREATE TABLE "Author" (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT)"#,
        #"CREATE TABLE "Post" (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, author_id INTEGER NOT NULL REFERENCES "Author"(id), published_at TEXT)"#,
        #"CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"#,
        #"CREATE TABLE "PostTag" (post_id INTEGER NOT NULL REFERENCES "Post"(id), tag_id INTEGER NOT NULL REFERENCES "Tag"(id), added_at TEXT, PRIMARY KEY (post_id, tag_id))"#,
        #"CREATE TABLE "Comment" (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES "Post"(id), body TEXT NOT NULL)"#,
        #"INSERT INTO "Author" VALUES (1, 'Ada Lovelace', 'ada@example.org'), (2, 'Grace Hopper', NULL), (3, '李小龍', 'bruce@example.org'), (4, 'Zoë Ørsted 🚀', 'zoe@example.org')"#,
        #"INSERT INTO "Tag" VALUES (101, 'ommi'), (102, 'swift'), (103, 'guide'), (104, 'データベース'), (105, 'release')"#,
        #"INSERT INTO "Post" VALUES (1, 'Ommi is Great', 'Models, queries and relations in a few lines.', 1, '2024-01-15 09:30')"#,
        #"INSERT INTO "Post" VALUES (2, 'Swift on the server', 'Async all the way down.', 4, NULL)"#,
        "INSERT INTO \"Post\" VALUES (3, 'Browsing in a terminal', 'Tabs' || char(9) || 'and' || char(10) || 'newlines stay on one line.', 3, '2024-03-10 18:45')",
        #"INSERT INTO "Post" VALUES (4, '多対多の関係', 'Many-to-many, in Japanese.', 3, '2024-04-01 08:00')"#,
        #"INSERT INTO "Post" VALUES (5, 'A title long enough to be cut in a narrow column of the table', 'Short.', 2, '2024-04-02 10:00')"#,
        #"WITH RECURSIVE n(i) AS (SELECT 6 UNION ALL SELECT i + 1 FROM n WHERE i < 40) INSERT INTO "Post" SELECT i, 'Post number ' || i, 'Generated.', 1 + i % 4, date('2024-01-01', '+' || i || ' days') FROM n"#,
        #"INSERT INTO "PostTag" VALUES (1, 101, '2024-01-15'), (1, 103, NULL), (2, 102, NULL), (3, 103, NULL), (4, 104, NULL), (5, 105, NULL)"#,
        #"CREATE VIEW "PostSummary" AS SELECT p.id AS post, p.title, a.name AS author FROM "Post" p JOIN "Author" a ON a.id = p.author_id"#,
        #"INSERT INTO "Comment" VALUES (1, 1, 'Looks neat!'), (2, 1, 'How does it handle composite keys?'), (3, 1, 'すごい 👍'), (4, 2, 'Finally.')"#,
    ]

    /// One row per kind of text that could break a terminal or its grid, in a `value` column
    /// of TEXT affinity.
    static let hostile: [String] = [
        #"CREATE TABLE "Hostile" (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, value TEXT)"#,
        "INSERT INTO \"Hostile\" VALUES (1, 'tab', 'a' || char(9) || 'b')",
        "INSERT INTO \"Hostile\" VALUES (2, 'newline', 'first' || char(10) || 'second')",
        "INSERT INTO \"Hostile\" VALUES (3, 'return', 'over' || char(13) || 'written')",
        "INSERT INTO \"Hostile\" VALUES (4, 'escape', char(27) || '[31mred' || char(27) || '[0m')",
        "INSERT INTO \"Hostile\" VALUES (5, 'invalid utf-8', CAST(x'C328' AS TEXT))",
        "INSERT INTO \"Hostile\" VALUES (6, 'cjk', '漢字とかな交じり')",
        "INSERT INTO \"Hostile\" VALUES (7, 'emoji', '👩‍👩‍👧‍👦 family 🇯🇵 flag')",
        "INSERT INTO \"Hostile\" VALUES (8, 'combining', '\u{301}alone, e\u{301}a\u{308} Zoë')",
        "INSERT INTO \"Hostile\" VALUES (9, 'null', NULL)",
        "INSERT INTO \"Hostile\" VALUES (10, 'null as text', 'NULL')",
        "INSERT INTO \"Hostile\" VALUES (11, 'blob', x'00FF10')",
        "INSERT INTO \"Hostile\" VALUES (12, '100 KB', 'start ' || replace(hex(zeroblob(51200)), '00', 'ab'))",
        "INSERT INTO \"Hostile\" VALUES (13, 'bidi override', char(8238) || 'evil')",
        "INSERT INTO \"Hostile\" VALUES (14, 'del and c1', 'x' || char(127) || char(155) || 'y')",
        "INSERT INTO \"Hostile\" VALUES (15, 'zero width', 'a' || char(8203) || 'b' || char(8205) || 'c')",
    ]
}
