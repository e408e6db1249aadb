import CSQLite
import Ommi

/// The single-table scenarios: insert, fetch, look up, filter, update and delete `Item` rows.
enum ItemScenarios {
    static func insert(_ scale: Scale) -> Comparison {
        let items = (1...scale.items).map { ItemData.item($0, count: scale.items) }
        return Comparison(
            name: "insert", target: 1.5, build: { try await BenchFiles.items($0, count: 0) }, writes: true,
            sql: [ItemSQL.insert],
            orm: { database in
                try await database.add(contentsOf: items)
                return { 0 }
            },
            raw: { database in
                try database.exec("BEGIN IMMEDIATE")
                let statement = try database.prepare(ItemSQL.insert)
                for item in items {
                    statement.bind(item.id, at: 1)
                    statement.bind(item.title, at: 2)
                    statement.bind(item.n, at: 3)
                    try statement.run()
                }
                try database.exec("COMMIT")
                return { 0 }
            },
            fileTally: { try $0.integer(ItemData.fileChecksumSQL) })
    }

    static func fetchAll(_ scale: Scale) -> Comparison {
        Comparison(
            name: "fetch_all", target: 1.3, build: { try await BenchFiles.items($0, count: scale.items) },
            writes: false, sql: [ItemSQL.selectAll],
            orm: { database in
                let items = try await database.find(Item.self).all()
                return { items.checksum }
            },
            raw: { database in
                let statement = try database.prepare(ItemSQL.selectAll)
                var items: [Item] = []
                while try statement.step() { items.append(statement.item()) }
                statement.reset()
                return { items.checksum }
            })
    }

    static func fetchByKey(_ scale: Scale) -> Comparison {
        var generator = SeededGenerator(seed: 8)
        let keys = (0..<scale.lookups).map { _ in Int.random(in: 1...scale.items, using: &generator) }
        return Comparison(
            name: "fetch_by_key", target: 1.5, build: { try await BenchFiles.items($0, count: scale.items) },
            writes: false, sql: [ItemSQL.selectByKey],
            orm: { database in
                let items = try await database.transaction {
                    var found: [Item] = []
                    for key in keys { found.append(try await database.find(Item.id == key).one()) }
                    return found
                }
                return { items.checksum }
            },
            raw: { database in
                try database.exec("BEGIN IMMEDIATE")
                let statement = try database.prepare(ItemSQL.selectByKey)
                var items: [Item] = []
                for key in keys {
                    statement.bind(key, at: 1)
                    statement.bind(1, at: 2)
                    guard try statement.step() else { throw BenchError("fetch_by_key: no Item \(key)") }
                    items.append(statement.item())
                    statement.reset()
                }
                try database.exec("COMMIT")
                return { items.checksum }
            })
    }

    static func filteredQuery(_ scale: Scale) -> Comparison {
        var generator = SeededGenerator(seed: 9)
        let lows = (0..<scale.filteredQueries).map { _ in
            Int.random(in: 0..<max(1, scale.items - scale.filterWidth), using: &generator)
        }
        let width = scale.filterWidth
        return Comparison(
            name: "filtered_query", target: 1.5, build: { try await BenchFiles.items($0, count: scale.items) },
            writes: false, sql: [ItemSQL.selectRange],
            orm: { database in
                var pages: [[Item]] = []
                for low in lows {
                    pages.append(
                        try await database.find(Item.n >= low && Item.n <= low + width).sorted(by: Item.title)
                            .limit(100).all())
                }
                return { pageChecksum(pages) }
            },
            raw: { database in
                let statement = try database.prepare(ItemSQL.selectRange)
                var pages: [[Item]] = []
                for low in lows {
                    statement.bind(low, at: 1)
                    statement.bind(low + width, at: 2)
                    statement.bind(100, at: 3)
                    var page: [Item] = []
                    while try statement.step() { page.append(statement.item()) }
                    statement.reset()
                    pages.append(page)
                }
                return { pageChecksum(pages) }
            })
    }

    /// A checksum that depends on the order of the rows within each page.
    private static func pageChecksum(_ pages: [[Item]]) -> Int {
        pages.reduce(0) { total, page in
            page.enumerated().reduce(total) { $0 &+ ($1.offset + 1) &* ItemData.checksum(id: $1.element.id, title: $1.element.title, n: $1.element.n) }
        }
    }

    static func updateByKey(_ scale: Scale) -> Comparison {
        var generator = SeededGenerator(seed: 10)
        let changes = (0..<scale.lookups).map { _ in
            (Int.random(in: 1...scale.items, using: &generator), Int.random(in: 0..<1_000_000, using: &generator))
        }
        return Comparison(
            name: "update_by_key", target: 1.5, build: { try await BenchFiles.items($0, count: scale.items) },
            writes: true, sql: [ItemSQL.updateByKey],
            orm: { database in
                let changed = try await database.transaction {
                    var changed = 0
                    for (key, number) in changes {
                        changed += try await database.find(Item.id == key).update(Item.n.set(to: number))
                    }
                    return changed
                }
                return { changed }
            },
            raw: { database in
                try database.exec("BEGIN IMMEDIATE")
                let statement = try database.prepare(ItemSQL.updateByKey)
                var changed = 0
                for (key, number) in changes {
                    statement.bind(number, at: 1)
                    statement.bind(key, at: 2)
                    try statement.run()
                    changed += Int(sqlite3_changes64(database.handle))
                }
                try database.exec("COMMIT")
                return { changed }
            },
            fileTally: { try $0.integer(ItemData.fileChecksumSQL) })
    }

    static func deleteByKey(_ scale: Scale) -> Comparison {
        var generator = SeededGenerator(seed: 11)
        let keys = Array((1...scale.items).shuffled(using: &generator).prefix(scale.lookups))
        return Comparison(
            name: "delete_by_key", target: 1.5, build: { try await BenchFiles.items($0, count: scale.items) },
            writes: true, sql: [ItemSQL.deleteByKey],
            orm: { database in
                let deleted = try await database.transaction {
                    var deleted = 0
                    for key in keys { deleted += try await database.find(Item.id == key).delete() }
                    return deleted
                }
                return { deleted }
            },
            raw: { database in
                try database.exec("BEGIN IMMEDIATE")
                let statement = try database.prepare(ItemSQL.deleteByKey)
                var deleted = 0
                for key in keys {
                    statement.bind(key, at: 1)
                    try statement.run()
                    deleted += Int(sqlite3_changes64(database.handle))
                }
                try database.exec("COMMIT")
                return { deleted }
            },
            fileTally: { try $0.integer(ItemData.fileChecksumSQL) })
    }

    static func dynamicFetchAll(_ scale: Scale) -> Comparison {
        Comparison(
            name: "dynamic_fetch_all", target: 1.5, build: { try await BenchFiles.items($0, count: scale.items) },
            writes: false, sql: [ItemSQL.selectAll],
            orm: { database in
                let rows = try await DynamicModel(schema: Item.schema, database: database).rows()
                return { try dynamicChecksum(rows) }
            },
            raw: { database in
                let statement = try database.prepare(ItemSQL.selectAll)
                var rows: [DynamicRow] = []
                while try statement.step() { rows.append(statement.dynamicRow()) }
                statement.reset()
                return { try dynamicChecksum(rows) }
            })
    }

    private static func dynamicChecksum(_ rows: [DynamicRow]) throws -> Int {
        try rows.reduce(0) { total, row in
            guard row.values.count == 3, case .integer(let id) = row.values[0], case .text(let title) = row.values[1],
                case .integer(let n) = row.values[2]
            else { throw BenchError("dynamic_fetch_all: a row is not {id, title, n}: \(row.values)") }
            return total &+ ItemData.checksum(id: Int(id), title: title, n: Int(n))
        }
    }
}
