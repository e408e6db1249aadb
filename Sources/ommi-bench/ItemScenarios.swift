import Ommi

/// The single-table scenarios: insert, fetch, look up, filter, update and delete `Item` rows.
enum ItemScenarios {
    static func insert<Engine>(_ scale: Scale) -> Comparison<Engine> {
        let items = (1...scale.items).map { ItemData.item($0, count: scale.items) }
        return Comparison(
            name: "insert", target: 1.5, data: .items(count: 0), writes: true,
            sql: Engine.sql.itemInserts(scale.items) + Engine.sql.transaction,
            orm: { database in
                try await database.add(contentsOf: items)
                return { 0 }
            },
            raw: { database in
                try await database.insert(items)
                return { 0 }
            },
            storeTally: { try await $0.itemTableChecksum() })
    }

    static func fetchAll<Engine>(_ scale: Scale) -> Comparison<Engine> {
        Comparison(
            name: "fetch_all", target: 1.3, data: .items(count: scale.items), writes: false,
            sql: [Engine.sql.selectItems],
            orm: { database in
                let items = try await database.find(Item.self).all()
                return { items.checksum }
            },
            raw: { database in
                let items = try await database.allItems()
                return { items.checksum }
            })
    }

    static func fetchByKey<Engine>(_ scale: Scale) -> Comparison<Engine> {
        var generator = SeededGenerator(seed: 8)
        let keys = (0..<scale.lookups).map { _ in Int.random(in: 1...scale.items, using: &generator) }
        return Comparison(
            name: "fetch_by_key", target: 1.5, data: .items(count: scale.items), writes: false,
            sql: [Engine.sql.selectItemByKey] + Engine.sql.transaction,
            orm: { database in
                let items = try await database.transaction {
                    var found: [Item] = []
                    for key in keys { found.append(try await database.find(Item.id == key).one()) }
                    return found
                }
                return { items.checksum }
            },
            raw: { database in
                let items = try await database.items(keys: keys)
                return { items.checksum }
            })
    }

    /// The lookups of `fetch_by_key` through a prepared query: built once, run with each key.
    static func fetchByKeyPrepared<Engine>(_ scale: Scale) -> Comparison<Engine> {
        var generator = SeededGenerator(seed: 8)
        let keys = (0..<scale.lookups).map { _ in Int.random(in: 1...scale.items, using: &generator) }
        return Comparison(
            name: "fetch_by_key_prepared", target: 1.2, data: .items(count: scale.items), writes: false,
            sql: [Engine.sql.selectItemByKey] + Engine.sql.transaction,
            orm: { database in
                let itemByID = database.prepare { (id: Int) in Item.id == id }
                let items = try await database.transaction {
                    var found: [Item] = []
                    for key in keys { found.append(try await itemByID(key).one()) }
                    return found
                }
                return { items.checksum }
            },
            raw: { database in
                let items = try await database.items(keys: keys)
                return { items.checksum }
            })
    }

    static func filteredQuery<Engine>(_ scale: Scale) -> Comparison<Engine> {
        var generator = SeededGenerator(seed: 9)
        let lows = (0..<scale.filteredQueries).map { _ in
            Int.random(in: 0..<max(1, scale.items - scale.filterWidth), using: &generator)
        }
        let width = scale.filterWidth
        return Comparison(
            name: "filtered_query", target: 1.5, data: .items(count: scale.items), writes: false,
            sql: [Engine.sql.selectItemRange],
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
                let pages = try await database.itemPages(lows: lows, width: width, limit: 100)
                return { pageChecksum(pages) }
            })
    }

    /// A checksum that depends on the order of the rows within each page.
    private static func pageChecksum(_ pages: [[Item]]) -> Int {
        pages.reduce(0) { total, page in
            page.enumerated().reduce(total) {
                $0 &+ ($1.offset + 1) &* ItemData.checksum(id: $1.element.id, title: $1.element.title, n: $1.element.n)
            }
        }
    }

    static func updateByKey<Engine>(_ scale: Scale) -> Comparison<Engine> {
        var generator = SeededGenerator(seed: 10)
        let changes = (0..<scale.lookups).map { _ in
            (
                key: Int.random(in: 1...scale.items, using: &generator),
                n: Int.random(in: 0..<1_000_000, using: &generator)
            )
        }
        return Comparison(
            name: "update_by_key", target: 1.5, data: .items(count: scale.items), writes: true,
            sql: [Engine.sql.updateItem] + Engine.sql.transaction,
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
                let changed = try await database.updateItems(changes)
                return { changed }
            },
            storeTally: { try await $0.itemTableChecksum() })
    }

    static func deleteByKey<Engine>(_ scale: Scale) -> Comparison<Engine> {
        var generator = SeededGenerator(seed: 11)
        let keys = Array((1...scale.items).shuffled(using: &generator).prefix(scale.lookups))
        return Comparison(
            name: "delete_by_key", target: 1.5, data: .items(count: scale.items), writes: true,
            sql: [Engine.sql.deleteItem] + Engine.sql.transaction,
            orm: { database in
                let deleted = try await database.transaction {
                    var deleted = 0
                    for key in keys { deleted += try await database.find(Item.id == key).delete() }
                    return deleted
                }
                return { deleted }
            },
            raw: { database in
                let deleted = try await database.deleteItems(keys: keys)
                return { deleted }
            },
            storeTally: { try await $0.itemTableChecksum() })
    }

    static func dynamicFetchAll<Engine>(_ scale: Scale) -> Comparison<Engine> {
        Comparison(
            name: "dynamic_fetch_all", target: 1.5, data: .items(count: scale.items), writes: false,
            sql: [Engine.sql.selectItems],
            orm: { database in
                let rows = try await DynamicModel(schema: Item.schema, database: database).rows()
                return { try dynamicChecksum(rows) }
            },
            raw: { database in
                let rows = try await database.allItemRows()
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

extension [Item] {
    /// The order-independent checksum of a set of rows.
    var checksum: Int {
        reduce(0) { $0 &+ ItemData.checksum(id: $1.id, title: $1.title, n: $1.n) }
    }
}
