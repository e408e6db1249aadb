import Foundation
import Ommi
import Testing

/// An author of the catalogue the writes work on.
@Model(name: "catalogue_authors") struct CatalogueAuthor: Equatable {
    @Key @Auto var id: Int
    var name: String
}

/// A book: its isbn is unique, and so is its title per author.
@Model(name: "catalogue_books", unique: [["authorID", "title"]]) struct CatalogueBook: Equatable {
    @Key @Auto var id: Int
    @Unique var isbn: String
    var title: String
    @Indexed var price: Double
    @ReferenceTo(CatalogueAuthor.id) var authorID: Int?
    var author: LazyLoadTheRelated<CatalogueAuthor>
}

/// A genre known by a code of its own besides the key the database assigns.
@Model(name: "catalogue_genres") struct CatalogueGenre: Equatable {
    @Key @Auto var id: Int
    @Unique var code: String
    var name: String
}

/// A shelf whose key the application chooses.
@Model(name: "catalogue_shelves") struct CatalogueShelf: Equatable {
    @Key var code: String
    var capacity: Int
}

let catalogueModels = ModelCollection(
    CatalogueAuthor.self, CatalogueBook.self, CatalogueGenre.self, CatalogueShelf.self)

extension DriverConformance {
    /// Writes of whole model values by key: `save`, `delete`, `upsert`, and the constraints the
    /// model declares (`@Unique`, `@Model(unique:)`), created by setup.
    @Suite("Writes") struct Writes {
        @Test(arguments: ConformanceDriver.all)
        func saveInsertsAValueThatAsksForAKeyAndReturnsItWithTheKey(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let first = try await test.db.save(CatalogueAuthor(name: "Le Guin"))
            let second = try await test.db.save(CatalogueAuthor(name: "Herbert"))
            #expect(first.id > 0)
            #expect(second.id > first.id)
            #expect(
                try await test.db.find(CatalogueAuthor.self).sorted(by: CatalogueAuthor.id).all() == [first, second])
        }

        @Test(arguments: ConformanceDriver.all)
        func saveUpdatesTheRowOfTheKeyWithEveryColumn(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let author = try await test.db.save(CatalogueAuthor(name: "Le Guin"))
            var book = try await test.db.save(
                CatalogueBook(isbn: "978-0441478125", title: "Left Hand", price: 9.5, authorID: author.id))
            try await test.db.save(CatalogueBook(isbn: "978-0", title: "Other", price: 1, authorID: nil))
            book.title = "The Left Hand of Darkness"
            book.price = 12.25
            book.authorID = nil
            let saved = try await test.db.save(book)
            #expect(saved == book)
            #expect(try await test.db.find(CatalogueBook.id == book.id).one() == book)
            #expect(try await test.db.find(CatalogueBook.self).count() == 2)
            #expect(try await test.db.find(CatalogueBook.title == "Other").one().price == 1)
        }

        @Test(arguments: ConformanceDriver.all)
        func saveOfAnAutoKeyNoRowHasInsertsItAndLaterKeysStayAhead(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let chosen = CatalogueGenre(id: 40, code: "sf", name: "Science fiction")
            #expect(try await test.db.save(chosen) == chosen)
            #expect(try await test.db.find(CatalogueGenre.id == 40).one() == chosen)
            let next = try await test.db.save(CatalogueGenre(code: "fantasy", name: "Fantasy"))
            #expect(next.id > chosen.id)
        }

        @Test(arguments: ConformanceDriver.all)
        func saveOfAnApplicationKeyInsertsOrUpdatesTheRow(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            try await test.db.save(CatalogueShelf(code: "A1", capacity: 10))
            try await test.db.save(CatalogueShelf(code: "B2", capacity: 20))
            let resized = try await test.db.save(CatalogueShelf(code: "A1", capacity: 15))
            #expect(resized == CatalogueShelf(code: "A1", capacity: 15))
            let shelves = try await test.db.find(CatalogueShelf.self).sorted(by: CatalogueShelf.code).all()
            #expect(shelves == [CatalogueShelf(code: "A1", capacity: 15), CatalogueShelf(code: "B2", capacity: 20)])
        }

        @Test(arguments: ConformanceDriver.all)
        func saveDoesNotResolveAConflictOnAnotherUniqueColumn(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let kept = try await test.db.save(CatalogueGenre(code: "sf", name: "Science fiction"))
            let error = await #expect(throws: OmmiError.self) {
                try await test.db.save(CatalogueGenre(code: "sf", name: "Speculative"))
            }
            #expect(error?.kind == .constraint)
            #expect(ViolationCodes.code(of: error) == driver.violationCodes.unique)
            #expect(try await test.db.find(CatalogueGenre.self).all() == [kept])
        }

        @Test(arguments: ConformanceDriver.all)
        func deleteRemovesTheRowOfTheKeyAndSaysWhetherThereWasOne(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let gone = try await test.db.save(CatalogueAuthor(name: "Gone"))
            let stays = try await test.db.save(CatalogueAuthor(name: "Stays"))
            #expect(try await test.db.delete(gone))
            #expect(try await !test.db.delete(gone))
            #expect(try await test.db.delete(CatalogueShelf(code: "none", capacity: 0)) == false)
            #expect(try await test.db.find(CatalogueAuthor.self).all() == [stays])
        }

        @Test(arguments: ConformanceDriver.all)
        func upsertUpdatesTheRowThatHasTheUniqueValueAndReturnsItsKey(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let inserted = try await test.db.upsert(CatalogueGenre(code: "sf", name: "SF"))
            let other = try await test.db.upsert(CatalogueGenre(code: "horror", name: "Horror"))
            let updated = try await test.db.upsert(CatalogueGenre(code: "sf", name: "Science fiction"))
            #expect(updated == CatalogueGenre(id: inserted.id, code: "sf", name: "Science fiction"))
            #expect(other.id != inserted.id)
            let genres = try await test.db.find(CatalogueGenre.self).sorted(by: CatalogueGenre.code).all()
            #expect(genres == [other, updated])
        }

        @Test(arguments: ConformanceDriver.all)
        func upsertOfAValueWithAKeyUpdatesTheRowOfThatKey(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            try await test.db.upsert(CatalogueShelf(code: "A1", capacity: 10))
            #expect(
                try await test.db.upsert(CatalogueShelf(code: "A1", capacity: 12))
                    == CatalogueShelf(code: "A1", capacity: 12))
            let genre = try await test.db.upsert(CatalogueGenre(code: "sf", name: "SF"))
            let renamed = CatalogueGenre(id: genre.id, code: "scifi", name: "Science fiction")
            #expect(try await test.db.upsert(renamed) == renamed)
            #expect(try await test.db.find(CatalogueShelf.self).all() == [CatalogueShelf(code: "A1", capacity: 12)])
            #expect(try await test.db.find(CatalogueGenre.self).all() == [renamed])
        }

        @Test(arguments: ConformanceDriver.all)
        func aDuplicateUniqueValueIsAConstraintErrorWithTheDriversCode(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let first = try await test.db.add(CatalogueBook(isbn: "978-1", title: "Dune", price: 8, authorID: nil))
            let error = await #expect(throws: OmmiError.self) {
                try await test.db.add(CatalogueBook(isbn: "978-1", title: "Dune Messiah", price: 9, authorID: nil))
            }
            #expect(error?.kind == .constraint)
            #expect(ViolationCodes.code(of: error) == driver.violationCodes.unique)
            #expect(try await test.db.find(CatalogueBook.self).all() == [first])
        }

        @Test(arguments: ConformanceDriver.all)
        func aCompositeUniqueConstraintRefusesOnlyTheSameCombination(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let one = try await test.db.add(CatalogueAuthor(name: "One"))
            let two = try await test.db.add(CatalogueAuthor(name: "Two"))
            try await test.db.add(CatalogueBook(isbn: "1", title: "Collected", price: 1, authorID: one.id))
            try await test.db.add(CatalogueBook(isbn: "2", title: "Collected", price: 1, authorID: two.id))
            let error = await #expect(throws: OmmiError.self) {
                try await test.db.add(CatalogueBook(isbn: "3", title: "Collected", price: 1, authorID: one.id))
            }
            #expect(error?.kind == .constraint)
            #expect(ViolationCodes.code(of: error) == driver.violationCodes.unique)
            #expect(try await test.db.find(CatalogueBook.self).count() == 2)
        }

        @Test(arguments: ConformanceDriver.all)
        func setupTwiceKeepsTheConstraintsAndIndexesItCreated(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            try await catalogueModels.setup(on: test.db)
            try await test.db.add(CatalogueGenre(code: "sf", name: "SF"))
            let error = await #expect(throws: OmmiError.self) {
                try await test.db.add(CatalogueGenre(code: "sf", name: "Again"))
            }
            #expect(error?.kind == .constraint)
        }

        @Test(arguments: ConformanceDriver.all)
        func aSavedValueLoadsTheRelationOfItsCurrentReference(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: catalogueModels)
            let first = try await test.db.add(CatalogueAuthor(name: "First"))
            let second = try await test.db.add(CatalogueAuthor(name: "Second"))
            var book = try await test.db.save(CatalogueBook(isbn: "1", title: "T", price: 1, authorID: first.id))
            #expect(try await book.author.value == first)
            book.authorID = second.id
            #expect(try await book.author.value == second)
            book = try await test.db.save(book)
            #expect(try await test.db.find(CatalogueBook.id == book.id).one().author.value == second)
        }
    }
}
