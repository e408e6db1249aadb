import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// Adding, reading, changing and removing rows.
    @Suite("CRUD") struct CRUD {
        /// Notes in three categories, with distinct ranks and some pinned.
        static func sampleNotes() -> [Note] {
            (1...9).map { index in
                Note(
                    text: "note \(index)", category: ["work", "home", "travel"][index % 3], rank: index * 10,
                    pinned: index % 2 == 0)
            }
        }

        @Test(arguments: ConformanceDriver.all)
        func insertAndFetchWithAnExplicitKey(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let gadgets = [
                Gadget(code: "G-1", label: "Lamp", inStock: true, price: 19.99),
                Gadget(code: "G-2", label: "Fan", inStock: false, price: 0.1 + 0.2),
                Gadget(code: "G-3", label: "", inStock: true, price: -1e-9),
            ]
            let stored = try await test.db.add(contentsOf: gadgets)
            #expect(stored.map(\.code) == gadgets.map(\.code))
            for gadget in gadgets {
                let fetched = try await test.db.find(Gadget.code == gadget.code).one()
                #expect(fetched.label == gadget.label)
                #expect(fetched.inStock == gadget.inStock)
                #expect(fetched.price == gadget.price)
            }
        }

        @Test(arguments: ConformanceDriver.all)
        func createReadUpdateDelete(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let created = try await test.db.add(Note(text: "draft", category: "work", rank: 1, pinned: false))
            #expect(created.id != 0)
            let read = try await test.db.find(Note.id == created.id).one()
            #expect(read.text == "draft" && read.category == "work" && read.rank == 1 && !read.pinned)
            let changed = try await test.db.find(Note.id == created.id).update(
                Note.text.set(to: "final"), Note.pinned.set(to: true))
            #expect(changed == 1)
            let updated = try await test.db.find(Note.id == created.id).one()
            #expect(updated.text == "final" && updated.pinned)
            #expect(try await test.db.find(Note.id == created.id).delete() == 1)
            #expect(try await test.db.find(Note.self).count() == 0)
            let missing = await #expect(throws: OmmiError.self) { try await test.db.find(Note.id == created.id).one() }
            #expect(missing?.kind == .notFound)
        }

        @Test(arguments: ConformanceDriver.all)
        func aBatchOfTenGetsTenDistinctKeys(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let batch = (0..<10).map { Note(text: "batch \($0)", category: "bulk", rank: $0, pinned: false) }
            let stored = try await test.db.add(contentsOf: batch)
            #expect(Set(stored.map(\.id)).count == 10)
            #expect(!stored.map(\.id).contains(0))
            let all = try await test.db.find(Note.self).all()
            #expect(all.count == 10)
            #expect(Set(all.map(\.id)) == Set(stored.map(\.id)))
            for note in stored {
                #expect(try await test.db.find(Note.id == note.id).one().text == note.text)
            }
        }

        @Test(arguments: ConformanceDriver.all)
        func countAllWithEqualsNotEqualsAndOr(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let notes = Self.sampleNotes()
            try await test.db.add(contentsOf: notes)
            #expect(try await test.db.find(Note.self).count() == notes.count)
            let work = notes.filter { $0.category == "work" }.count
            #expect(work > 0 && work < notes.count)
            #expect(try await test.db.find(Note.category == "work").count() == work)
            #expect(try await test.db.find(Note.category != "work").count() == notes.count - work)
            let either = notes.filter { $0.category == "work" || $0.rank == 20 }.count
            #expect(either == work + 1)
            #expect(try await test.db.find(Note.category == "work" || Note.rank == 20).count() == either)
        }

        @Test(arguments: ConformanceDriver.all)
        func anUpdateWhosePredicateIsAnAndTouchesExactlyTwoRows(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let notes = Self.sampleNotes()
            try await test.db.add(contentsOf: notes)
            let selected = notes.filter { $0.category == "home" && $0.rank > 20 }
            #expect(selected.count == 2)
            let changed = try await test.db.find(Note.category == "home" && Note.rank > 20)
                .update(Note.text.set(to: "touched"))
            #expect(changed == 2)
            let touched = try await test.db.find(Note.text == "touched").sorted(by: Note.rank).all()
            #expect(touched.map(\.rank) == selected.map(\.rank).sorted())
            #expect(try await test.db.find(Note.text != "touched").count() == notes.count - 2)
        }

        @Test(arguments: ConformanceDriver.all)
        func deleteByCategoryLeavesOnlyTheOthers(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let notes = Self.sampleNotes()
            try await test.db.add(contentsOf: notes)
            let travel = notes.filter { $0.category == "travel" }.count
            #expect(try await test.db.find(Note.category == "travel").delete() == travel)
            let remaining = try await test.db.find(Note.self).sorted(by: Note.rank).all()
            #expect(remaining.map(\.rank) == notes.filter { $0.category != "travel" }.map(\.rank))
            #expect(!remaining.contains { $0.category == "travel" })
        }

        @Test(arguments: ConformanceDriver.all)
        func limitThenLimitWithOffsetReturnsTwoDifferentPages(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let notes = (0..<12).map { Note(text: "n\($0)", category: "c", rank: $0, pinned: false) }
            try await test.db.add(contentsOf: notes)
            let sorted = test.db.find(Note.self).sorted(by: Note.rank)
            let first = try await sorted.limit(5).all()
            let second = try await sorted.limit(5, offset: 5).all()
            #expect(first.count == 5 && second.count == 5)
            #expect(Set(first.map(\.id)).isDisjoint(with: second.map(\.id)))
            #expect(first.map(\.rank) == Array(0..<5))
            #expect(second.map(\.rank) == Array(5..<10))
        }

        @Test(arguments: ConformanceDriver.all)
        func unicodeTextRoundTripsAndMatchesByEquality(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let labels = ["東京の地図", "漢字とかな", "Привет, мир", "Ёжик", "🎉🚀 party", "👩🏽‍💻 coder", "plain"]
            let gadgets = labels.enumerated().map { index, label in
                Gadget(code: "u\(index)", label: label, inStock: true, price: 1)
            }
            try await test.db.add(contentsOf: gadgets)
            for (index, label) in labels.enumerated() {
                let matches = try await test.db.find(Gadget.label == label).all()
                #expect(matches.map(\.code) == ["u\(index)"])
                #expect(matches.first?.label == label)
            }
            #expect(try await test.db.find(Gadget.label == "Привет").count() == 0)
            #expect(try await test.db.find(Gadget.label == "👩🏽‍💻").count() == 0)
        }
    }
}
