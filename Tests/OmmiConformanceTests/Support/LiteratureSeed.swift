import Ommi

/// Writers and novels to query, with the expected answers computed from the same data in Swift.
struct LiteratureSeed {
    struct Entry {
        let title: String
        let year: Int
        let genre: String
        /// The writer's name, nil for a novel with no known writer.
        let writer: String?
    }

    static let writers: [(name: String, country: String)] = [
        ("Jane Austen", "UK"), ("Leo Tolstoy", "RU"), ("Haruki Murakami", "JP"), ("Toni Morrison", "US"),
    ]

    static let entries: [Entry] = [
        Entry(title: "Emma", year: 1815, genre: "romance", writer: "Jane Austen"),
        Entry(title: "Persuasion", year: 1817, genre: "romance", writer: "Jane Austen"),
        Entry(title: "Sanditon", year: 1817, genre: "satire", writer: "Jane Austen"),
        Entry(title: "War and Peace", year: 1869, genre: "history", writer: "Leo Tolstoy"),
        Entry(title: "Anna Karenina", year: 1878, genre: "romance", writer: "Leo Tolstoy"),
        Entry(title: "Resurrection", year: 1899, genre: "philosophy", writer: "Leo Tolstoy"),
        Entry(title: "Kafka on the Shore", year: 2002, genre: "fantasy", writer: "Haruki Murakami"),
        Entry(title: "1Q84", year: 2009, genre: "fantasy", writer: "Haruki Murakami"),
        Entry(title: "Norwegian Wood", year: 1987, genre: "romance", writer: "Haruki Murakami"),
        Entry(title: "Beloved", year: 1987, genre: "history", writer: "Toni Morrison"),
        Entry(title: "Jazz", year: 1992, genre: "romance", writer: "Toni Morrison"),
        Entry(title: "Anonymous Chronicle", year: 1750, genre: "history", writer: nil),
    ]

    let writers: [Writer]
    let novels: [Novel]

    /// Sets up the literature tables of `db` and adds the writers and novels.
    static func plant(in db: Ommi) async throws -> LiteratureSeed {
        try await literatureModels.setup(on: db)
        let writers = try await db.add(contentsOf: Self.writers.map { Writer(name: $0.name, country: $0.country) })
        let ids = Dictionary(uniqueKeysWithValues: writers.map { ($0.name, $0.id) })
        let novels = try await db.add(
            contentsOf: entries.map { entry in
                Novel(
                    title: entry.title, year: entry.year, genre: entry.genre,
                    writerID: entry.writer.flatMap { ids[$0] })
            })
        return LiteratureSeed(writers: writers, novels: novels)
    }

    /// The titles of the entries that satisfy `predicate`, sorted.
    static func titles(where predicate: (Entry) -> Bool) -> [String] {
        entries.filter(predicate).map(\.title).sorted()
    }

    /// The country of a writer by name.
    static func country(of writer: String?) -> String? {
        writers.first { $0.name == writer }?.country
    }
}
