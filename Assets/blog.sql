-- The demo database of ommi-browse: a small blog in the shape the original Python Ommi writes.
-- A table per model, columns named after fields, no declared foreign keys, and an association
-- table with a composite key and a payload column.
CREATE TABLE "Author" (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);
CREATE TABLE "Post" (id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT, author_id INTEGER NOT NULL, published_at TEXT);
CREATE TABLE "Tag" (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE "PostTag" (post_id INTEGER NOT NULL, tag_id INTEGER NOT NULL, added_at DATETIME, PRIMARY KEY (post_id, tag_id));
CREATE TABLE "Comment" (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL, author_id INTEGER, body TEXT NOT NULL);
INSERT INTO "Author" VALUES (1, 'Ada Lovelace', 'ada@example.org'), (2, 'Grace Hopper', 'grace@example.org'), (3, '李小龍', NULL), (4, 'Zoë Ørsted 🚀', 'zoe@example.org');
INSERT INTO "Tag" VALUES (101, 'ommi'), (102, 'python'), (103, 'guide'), (104, 'swift'), (105, 'sqlite'), (106, 'terminal'), (107, 'データベース'), (108, 'release');
INSERT INTO "Post" VALUES (1, 'Ommi is Great', 'Models, queries and relations in a few lines.', 1, '2024-01-15 09:30:00');
INSERT INTO "Post" VALUES (2, 'Python Tips', 'Small habits that make code easier to read.', 2, '2024-02-01 12:00:00');
INSERT INTO "Post" VALUES (3, 'Swift on the server', 'Async all the way down.', 4, NULL);
INSERT INTO "Post" VALUES (4, 'Browsing SQLite in a terminal', 'Tabs	and
newlines stay on one line.', 3, '2024-03-10 18:45:00');
INSERT INTO "Post" VALUES (5, '多対多の関係', 'Many-to-many, in Japanese.', 3, '2024-04-01 08:00:00');
WITH RECURSIVE n(i) AS (SELECT 6 UNION ALL SELECT i + 1 FROM n WHERE i < 240)
INSERT INTO "Post" SELECT i, 'Post number ' || i, 'Generated post ' || i || ' of the demo.', 1 + i % 4, date('2024-01-01', '+' || i || ' days') FROM n;
INSERT INTO "PostTag" VALUES (1, 101, '2024-01-15 09:31:00'), (1, 103, '2024-01-15 09:31:00'), (2, 102, '2024-02-01 12:01:00'), (2, 103, '2024-02-01 12:01:00'), (3, 104, NULL), (4, 105, NULL), (4, 106, NULL), (5, 107, NULL);
WITH RECURSIVE n(i) AS (SELECT 6 UNION ALL SELECT i + 1 FROM n WHERE i < 240)
INSERT INTO "PostTag" SELECT i, 101 + i % 8, NULL FROM n UNION ALL SELECT i, 101 + (i + 3) % 8, NULL FROM n WHERE i % 3 = 0;
INSERT INTO "Comment" VALUES (1, 1, 2, 'Looks neat!'), (2, 1, 3, 'How does it handle composite keys?'), (3, 1, 1, 'Like any other key: joined with a comma.'), (4, 2, 1, 'Tip 3 saved my afternoon.'), (5, 5, 4, 'すごい 👍');
