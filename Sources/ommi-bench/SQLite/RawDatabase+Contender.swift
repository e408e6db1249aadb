import CSQLite
import Ommi

/// The raw contender on SQLite: each statement prepared once with the C API, bound, stepped and
/// reset, in `BEGIN IMMEDIATE` … `COMMIT` wherever the ORM works in a transaction.
extension RawDatabase: RawContender {
    private var sql: BenchSQL { .sqlite }

    func insert(_ items: [Item]) throws {
        try writeItems(items, with: sql.insertItem)
    }

    /// Runs `sql`, prepared once, with each item's id, title and n, in one transaction.
    func writeItems(_ items: [Item], with sql: String) throws {
        try exec("BEGIN IMMEDIATE")
        let statement = try prepare(sql)
        for item in items {
            statement.bind(item.id, at: 1)
            statement.bind(item.title, at: 2)
            statement.bind(item.n, at: 3)
            try statement.run()
        }
        try exec("COMMIT")
    }

    func allItems() throws -> [Item] {
        try rows(sql.selectItems) { $0.item() }
    }

    func items(keys: [Int]) throws -> [Item] {
        try exec("BEGIN IMMEDIATE")
        let statement = try prepare(sql.selectItemByKey)
        var items: [Item] = []
        for key in keys {
            statement.bind(key, at: 1)
            statement.bind(1, at: 2)
            guard try statement.step() else { throw BenchError("fetch_by_key: no Item \(key)") }
            items.append(statement.item())
            statement.reset()
        }
        try exec("COMMIT")
        return items
    }

    func itemPages(lows: [Int], width: Int, limit: Int) throws -> [[Item]] {
        let statement = try prepare(sql.selectItemRange)
        var pages: [[Item]] = []
        for low in lows {
            statement.bind(low, at: 1)
            statement.bind(low + width, at: 2)
            statement.bind(limit, at: 3)
            var page: [Item] = []
            while try statement.step() { page.append(statement.item()) }
            statement.reset()
            pages.append(page)
        }
        return pages
    }

    func updateItems(_ changes: [(key: Int, n: Int)]) throws -> Int {
        try exec("BEGIN IMMEDIATE")
        let statement = try prepare(sql.updateItem)
        var changed = 0
        for (key, number) in changes {
            statement.bind(number, at: 1)
            statement.bind(key, at: 2)
            try statement.run()
            changed += Int(sqlite3_changes64(handle))
        }
        try exec("COMMIT")
        return changed
    }

    func deleteItems(keys: [Int]) throws -> Int {
        try exec("BEGIN IMMEDIATE")
        let statement = try prepare(sql.deleteItem)
        var deleted = 0
        for key in keys {
            statement.bind(key, at: 1)
            try statement.run()
            deleted += Int(sqlite3_changes64(handle))
        }
        try exec("COMMIT")
        return deleted
    }

    func allItemRows() throws -> [DynamicRow] {
        try rows(sql.selectItems) { $0.dynamicRow() }
    }

    func postsWithComments(eagerly: Bool) throws -> [(Post, [Comment])] {
        eagerly
            ? try eager(sql.commentsOfAllPosts) { $0.comment(from: 1) }
            : try lazy(sql.commentsOfPost) { $0.comment() }
    }

    func postsWithTags(eagerly: Bool) throws -> [(Post, [Tag])] {
        eagerly ? try eager(sql.tagsOfAllPosts) { $0.tag(from: 1) } : try lazy(sql.tagsOfPost) { $0.tag() }
    }

    func itemTableChecksum() throws -> Int {
        try integer(ItemData.tableChecksumSQL)
    }

    /// The connection closes when it is released.
    func close() {}

    /// Every post, then one query per post for its related rows, with one statement reused.
    private func lazy<Related>(_ text: String, _ decode: (RawStatement) -> Related) throws -> [(Post, [Related])] {
        let posts = try rows(sql.selectPosts) { $0.post() }
        let statement = try prepare(text)
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
    private func eager<Related>(_ text: String, _ decode: (RawStatement) -> Related) throws -> [(Post, [Related])] {
        let posts = try rows(sql.selectPosts) { $0.post() }
        let statement = try prepare(text)
        var grouped: [Int: [Related]] = [:]
        while try statement.step() { grouped[statement.int(0), default: []].append(decode(statement)) }
        statement.reset()
        return posts.map { ($0, grouped[$0.id] ?? []) }
    }

    /// Every row of a statement without parameters.
    private func rows<Row>(_ text: String, _ decode: (RawStatement) -> Row) throws -> [Row] {
        let statement = try prepare(text)
        var rows: [Row] = []
        while try statement.step() { rows.append(decode(statement)) }
        statement.reset()
        return rows
    }
}
