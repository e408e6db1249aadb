import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// `add(contentsOf:)` of many rows, which a driver may send many rows a statement: every row
    /// stored, keys the database assigns handed back in the order of the values, and one failing
    /// row undoing the whole insert.
    @Suite("Bulk inserts") struct BulkInserts {
        @Test(arguments: ConformanceDriver.all)
        func manyRowsComeBackWithTheirAssignedKeysInOrder(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let names = (0..<3_001).map { "author \($0)" }
            let stored = try await test.db.add(contentsOf: names.map { CatalogueAuthor(name: $0) })
            #expect(stored.map(\.name) == names)
            #expect(zip(stored, stored.dropFirst()).allSatisfy { $0.id < $1.id })
            let read = try await test.db.find(CatalogueAuthor.self).sorted(by: CatalogueAuthor.id).all()
            #expect(read == stored)
        }

        @Test(arguments: ConformanceDriver.all)
        func keysGivenAndKeysAskedForMixInOneAdd(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let given = (1...1_500).map { CatalogueAuthor(id: 10_000 + $0, name: "given \($0)") }
            let asked = (1...1_500).map { CatalogueAuthor(name: "asked \($0)") }
            let stored = try await test.db.add(contentsOf: given + asked)
            #expect(Array(stored.prefix(1_500)) == given)
            #expect(stored.suffix(1_500).allSatisfy { $0.id > 11_500 })
            #expect(try await test.db.find(CatalogueAuthor.self).count() == 3_000)
            let later = try await test.db.add(CatalogueAuthor(name: "later"))
            #expect(later.id > stored.last?.id ?? 0)
        }

        @Test(arguments: ConformanceDriver.all)
        func oneRefusedRowUndoesTheWholeAdd(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            var genres = (0..<2_000).map { CatalogueGenre(code: "g\($0)", name: "genre \($0)") }
            genres[1_900].code = "g3"
            let error = await #expect(throws: OmmiError.self) { try await test.db.add(contentsOf: genres) }
            #expect(error?.kind == .constraint)
            #expect(try await test.db.find(CatalogueGenre.self).count() == 0)
        }
    }
}
