import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// Conditions, precedence, order, windows and streaming.
    @Suite("Queries") struct Queries {
        typealias Entry = LiteratureSeed.Entry

        func titles(_ query: Query<Novel>) async throws -> [String] {
            try await query.all().map(\.title).sorted()
        }

        @Test(arguments: ConformanceDriver.all)
        func anOrGroupedUnderAnAnd(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            _ = try await LiteratureSeed.plant(in: test.db)
            let expected = LiteratureSeed.titles { ($0.genre == "romance" || $0.genre == "history") && $0.year > 1850 }
            let ungrouped = LiteratureSeed.titles { $0.genre == "romance" || ($0.genre == "history" && $0.year > 1850) }
            #expect(!expected.isEmpty && expected != ungrouped)
            let query = test.db.find((Novel.genre == "romance" || Novel.genre == "history") && Novel.year > 1850)
            #expect(try await titles(query) == expected)
        }

        @Test(arguments: ConformanceDriver.all)
        func orsOfAndsGroupedUnderAnAnd(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            _ = try await LiteratureSeed.plant(in: test.db)
            func matches(_ e: Entry) -> Bool {
                ((e.genre == "romance" && e.year < 1900) || (e.genre == "fantasy" && e.year > 2005))
                    && e.title != "Emma"
            }
            let expected = LiteratureSeed.titles(where: matches)
            let ungrouped = LiteratureSeed.titles {
                ($0.genre == "romance" && $0.year < 1900)
                    || ($0.genre == "fantasy" && $0.year > 2005 && $0.title != "Emma")
            }
            #expect(!expected.isEmpty && expected != ungrouped)
            let query = test.db.find(
                ((Novel.genre == "romance" && Novel.year < 1900) || (Novel.genre == "fantasy" && Novel.year > 2005))
                    && Novel.title != "Emma")
            #expect(try await titles(query) == expected)
        }

        @Test(arguments: ConformanceDriver.all)
        func sortingAscendingDescendingAndByTwoKeysInMixedDirections(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            _ = try await LiteratureSeed.plant(in: test.db)
            let entries = LiteratureSeed.entries
            let ascending = try await test.db.find(Novel.self).sorted(by: Novel.year).all().map(\.year)
            #expect(ascending == entries.map(\.year).sorted())
            let descending = try await test.db.find(Novel.self).sorted(by: Novel.year.desc).all().map(\.year)
            #expect(descending == entries.map(\.year).sorted(by: >))
            let mixed = try await test.db.find(Novel.self).sorted(by: Novel.genre.asc, Novel.year.desc).all()
            let expected = entries.sorted { $0.genre != $1.genre ? $0.genre < $1.genre : $0.year > $1.year }
            #expect(mixed.map(\.title) == expected.map(\.title))
        }

        @Test(arguments: ConformanceDriver.all)
        func aConditionAcrossTwoModelsWithAnOrOfAnds(driver: ConformanceDriver) async throws {
            let test = try await driver.open()
            _ = try await LiteratureSeed.plant(in: test.db)
            let expected = LiteratureSeed.titles { entry in
                let country = LiteratureSeed.country(of: entry.writer)
                return (entry.genre == "romance" && country == "UK")
                    || (entry.year > 1980 && entry.writer == "Toni Morrison")
            }
            #expect(expected.count == 4)
            let query = test.db.find(
                (Novel.genre == "romance" && Writer.country == "UK")
                    || (Novel.year > 1980 && Writer.name == "Toni Morrison"))
            #expect(try await titles(query) == expected)
            let recentFantasyOrBritishSatire =
                (Novel.genre == "fantasy" && Novel.year > 2005) || (Novel.genre == "satire" && Writer.country == "UK")
            let writers = try await test.db.find(Writer.self).filter(recentFantasyOrBritishSatire)
                .sorted(by: Writer.name).all()
            #expect(writers.map(\.name) == ["Haruki Murakami", "Jane Austen"])
        }

        @Test(arguments: ConformanceDriver.all)
        func pagesOfTwentyCoverAHundredRowsExactlyOnce(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let notes = (0..<100).map { Note(text: "p\($0)", category: "page", rank: ($0 * 37) % 100, pinned: false) }
            let stored = try await test.db.add(contentsOf: notes)
            let sorted = test.db.find(Note.self).sorted(by: Note.rank)
            var byOffset: [Int] = []
            for page in 0..<5 {
                let rows = try await sorted.limit(20, offset: page * 20).all()
                #expect(rows.count == 20)
                byOffset += rows.map(\.rank)
            }
            #expect(try await sorted.limit(20, offset: 100).all().isEmpty)
            #expect(byOffset == Array(0..<100))
            var byKeyset: [Int] = []
            var page = try await sorted.limit(20).all()
            while let last = page.last {
                byKeyset += page.map(\.id)
                page = try await sorted.after(last).limit(20).all()
            }
            #expect(byKeyset.count == 100)
            #expect(Set(byKeyset) == Set(stored.map(\.id)))
        }

        @Test(arguments: ConformanceDriver.all)
        func streamingTwoHundredRowsArrivesInSortedOrder(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let ranks = (0..<200).map { ($0 * 73) % 200 }
            try await test.db.add(
                contentsOf: ranks.map { Note(text: "s\($0)", category: "stream", rank: $0, pinned: false) })
            let query = test.db.find(Note.category == "stream").sorted(by: Note.rank.desc)
            var streamed: [Int] = []
            for try await note in query.stream(batchSize: 32) {
                streamed.append(note.rank)
            }
            #expect(streamed == ranks.sorted(by: >))
        }

        @Test(arguments: ConformanceDriver.all)
        func nilComparisonsAloneCombinedAndInsideAnOr(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let notes = CRUD.sampleNotes().enumerated().map { index, note in
                var note = note
                note.reviewer = index % 2 == 0 ? nil : "reviewer \(index)"
                return note
            }
            try await test.db.add(contentsOf: notes)
            func ranks(_ query: Query<Note>) async throws -> [Int] {
                try await query.sorted(by: Note.rank).all().map(\.rank)
            }
            func expected(_ predicate: (Note) -> Bool) -> [Int] { notes.filter(predicate).map(\.rank).sorted() }
            let unreviewed = expected { $0.reviewer == nil }
            #expect(!unreviewed.isEmpty && unreviewed.count < notes.count)
            #expect(try await ranks(test.db.find(Note.reviewer == nil)) == unreviewed)
            #expect(try await ranks(test.db.find(Note.reviewer != nil)) == expected { $0.reviewer != nil })
            let combined = expected { $0.reviewer == nil && $0.category == "work" }
            #expect(!combined.isEmpty && combined != unreviewed)
            #expect(try await ranks(test.db.find(Note.reviewer == nil && Note.category == "work")) == combined)
            let either = expected { $0.reviewer != nil || $0.rank == 10 }
            #expect(try await ranks(test.db.find(Note.reviewer != nil || Note.rank == 10)) == either)
            let nullOrHigh = expected { $0.reviewer == nil || $0.rank > 70 }
            #expect(try await ranks(test.db.find(Note.reviewer == nil || Note.rank > 70)) == nullOrHigh)
        }
    }
}
