import Ommi

/// The writes of whole model values by key.
enum SaveScenarios {
    /// `save_by_key`: items saved with changed values, in one transaction. `Item`'s key is the
    /// application's, so each `save` is one upsert by key, and the raw contender runs that text.
    static func saveByKey<Engine>(_ scale: Scale) -> Comparison<Engine> {
        var generator = SeededGenerator(seed: 12)
        let items = (0..<scale.lookups).map { _ in
            let key = Int.random(in: 1...scale.items, using: &generator)
            return Item(id: key, title: "saved \(key)", n: Int.random(in: 0..<1_000_000, using: &generator))
        }
        return Comparison(
            name: "save_by_key", target: 1.5, data: .items(count: scale.items), writes: true,
            sql: [Engine.sql.saveItem] + Engine.sql.transaction,
            orm: { database in
                let saved = try await database.transaction {
                    for item in items { try await database.save(item) }
                    return items.count
                }
                return { saved }
            },
            raw: { database in
                let saved = try await database.saveItems(items)
                return { saved }
            },
            storeTally: { try await $0.itemTableChecksum() })
    }
}

extension BenchSQL {
    /// What `save` of an `Item` runs: its insert, updating the row of its key when there is one.
    var saveItem: String {
        insertItem + #" ON CONFLICT ("id") DO UPDATE SET "title" = excluded."title", "n" = excluded."n""#
    }
}

extension RawDatabase {
    /// Saves each item with ``BenchSQL/saveItem``, prepared once, in one transaction; returns how
    /// many were saved.
    func saveItems(_ items: [Item]) throws -> Int {
        try writeItems(items, with: BenchSQL.sqlite.saveItem)
        return items.count
    }
}

#if PostgreSQL
/// ``BenchSQL/saveItem`` on PostgreSQL.
enum SaveItem: CommandText { static let (name, sql) = ("raw_save_item", BenchSQL.postgres.saveItem) }
#endif
