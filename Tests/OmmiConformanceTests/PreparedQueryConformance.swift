import Ommi
import Testing

extension DriverConformance {
    /// Queries prepared once and called with values, on every driver.
    @Suite("Prepared queries") struct PreparedQueries {
        @Test(arguments: ConformanceDriver.all)
        func aPreparedLookupFindsEachKeyInsideAndOutsideATransaction(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            let seed = try await LiteratureSeed.plant(in: test.db)
            let byID = test.db.prepare { (id: Int) in Novel.id == id }
            for novel in seed.novels.reversed() {
                #expect(try await byID(novel.id).one().title == novel.title)
            }
            let titles = try await test.db.transaction {
                var titles: [String] = []
                for novel in seed.novels { titles.append(try await byID(novel.id).one().title) }
                return titles
            }
            #expect(titles == seed.novels.map(\.title))
            let missing = (seed.novels.map(\.id).max() ?? 0) + 1
            await #expect(throws: OmmiError.self) { try await byID(missing).one() }
        }

        @Test(arguments: ConformanceDriver.all)
        func aPreparedQueryOfTwoValuesReadsCountsUpdatesAndDeletes(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            _ = try await LiteratureSeed.plant(in: test.db)
            let ofGenreSince = test.db.prepare { (genre: String, year: Int) in
                Novel.genre == genre && Novel.year >= year
            }
            for (genre, year) in [("romance", 1800), ("romance", 1900), ("history", 1800), ("fantasy", 2005)] {
                let expected = LiteratureSeed.titles { $0.genre == genre && $0.year >= year }
                #expect(try await ofGenreSince(genre, year).all().map(\.title).sorted() == expected)
                #expect(try await ofGenreSince(genre, year).count() == expected.count)
                #expect(
                    try await ofGenreSince(genre, year).sorted(by: Novel.title).limit(1).all().map(\.title)
                        == Array(expected.prefix(1)))
            }
            let moved = try await ofGenreSince("romance", 1900).update(Novel.genre.set(to: "modern romance"))
            #expect(moved == LiteratureSeed.titles { $0.genre == "romance" && $0.year >= 1900 }.count)
            #expect(try await ofGenreSince("modern romance", 0).count() == moved)
            #expect(try await ofGenreSince("modern romance", 0).delete() == moved)
            #expect(try await test.db.find(Novel.self).count() == LiteratureSeed.entries.count - moved)
        }
    }
}
