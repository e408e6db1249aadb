import Foundation
import Ommi
import OmmiSQLite
import Synchronization
import Testing

extension DriverConformance {
    /// Setup that follows the models where that is safe and refuses the rest, and migrations
    /// that rename, convert and roll back on every driver.
    @Suite("Migrations") struct Migrations {
        let authors = [ShelfAuthor(id: 1, name: "Ursula K. Le Guin"), ShelfAuthor(id: 2, name: "Italo Calvino")]
        let firstBooks = [
            BookV1(id: 1, title: "The Dispossessed", year: "1974", authorID: 1),
            BookV1(id: 2, title: "Invisible Cities", year: "1972", authorID: 2),
            BookV1(id: 3, title: "A Wizard of Earthsea", year: "1968", authorID: 1),
        ]

        /// A database of the first version holding every book and author.
        func firstVersion(_ driver: ConformanceDriver) async throws -> ConformanceDatabase {
            let test = try await driver.database(with: shelfV1)
            try await test.db.add(contentsOf: authors)
            try await test.db.add(contentsOf: firstBooks)
            return test
        }

        /// A database brought to the second version by setup, with a review of two books.
        func secondVersion(_ driver: ConformanceDriver) async throws -> ConformanceDatabase {
            let test = try await firstVersion(driver)
            try await shelfV2.setup(on: test.db)
            try await test.db.add(contentsOf: [
                ShelfReview(id: 1, bookID: 1, stars: 5), ShelfReview(id: 2, bookID: 2, stars: 4),
            ])
            return test
        }

        /// Every table, column, key and reference, and every row, in a form to compare.
        func snapshot(_ test: ConformanceDatabase) async throws -> [String] {
            var lines: [String] = []
            for schema in try await test.db.driver.introspect().sorted(by: { $0.tableName < $1.tableName }) {
                lines += schema.fields.map {
                    "\(schema.tableName).\($0.column) \($0.declaredType) null:\($0.isNullable) key:\($0.isKey) "
                        + "unique:\($0.isUnique) indexed:\($0.isIndexed) \($0.defaultSQL ?? "")"
                }
                lines += schema.uniqueConstraints.map { "\(schema.tableName) unique \($0)" }
                lines += schema.foreignKeys.map {
                    "\(schema.tableName) \($0.columns) -> \($0.targetTable) \($0.targetColumns)"
                }
                let columns = schema.fields.map { test.db.driver.dialect.quote($0.column) }.joined(separator: ", ")
                let sql = "SELECT \(columns) FROM \(test.db.driver.dialect.quoteTable(schema.tableName)) ORDER BY 1"
                try await test.db.driver.query(SQLStatement(sql)) { row in
                    lines.append(
                        "\(schema.tableName): "
                            + schema.fields.indices.map { "\(row.value(at: $0))" }.joined(separator: "|"))
                }
            }
            return lines
        }

        /// Rows whose reference leads to no row, over every foreign key the database declares.
        func danglingReferences(_ test: ConformanceDatabase) async throws -> Int {
            let dialect = test.db.driver.dialect
            var dangling = 0
            for schema in try await test.db.driver.introspect() {
                for key in schema.foreignKeys {
                    let matches = zip(key.columns, key.targetColumns).map {
                        "p.\(dialect.quote($1)) = c.\(dialect.quote($0))"
                    }
                    let sql =
                        "SELECT count(*) FROM \(dialect.quoteTable(schema.tableName)) c WHERE NOT EXISTS "
                        + "(SELECT 1 FROM \(dialect.quoteTable(key.targetTable)) p WHERE \(matches.joined(separator: " AND ")))"
                    try await test.db.driver.query(SQLStatement(sql)) { dangling += try $0.decode(Int.self, at: 0) }
                }
            }
            return dangling
        }

        @Test(arguments: ConformanceDriver.all)
        func setupAddsAModelAnOptionalAndADefaultedFieldToAPopulatedDatabase(driver: ConformanceDriver) async throws {
            let test = try await firstVersion(driver)
            let pages = try #require(BookV2.schema.field(named: "pages"))
            let format = try #require(BookV2.schema.field(named: "format"))
            let differences = try await shelfV2.differences(on: test.db)
            #expect(
                differences.map(\.kind) == [
                    .missingColumn(pages), .missingColumn(format), .missingIndex(columns: ["year"]),
                    .missingUnique(columns: ["title"]), .missingTable,
                ])
            #expect(differences.allSatisfy { $0.isSafe })
            try await shelfV2.setup(on: test.db)
            #expect(try await shelfV2.differences(on: test.db).isEmpty)
            let defaultFormat = BookV2(id: 0, title: "", year: "", authorID: 0).format
            let books = try await test.db.find(BookV2.self).sorted(by: BookV2.id).all()
            #expect(books.map(\.id) == firstBooks.map(\.id))
            #expect(books.map(\.title) == firstBooks.map(\.title) && books.map(\.year) == firstBooks.map(\.year))
            #expect(books.map(\.authorID) == firstBooks.map(\.authorID))
            #expect(books.allSatisfy { $0.pages == nil && $0.format == defaultFormat })
            try await test.db.add(
                BookV2(id: 4, title: "Orlando", year: "1928", authorID: 2, pages: 328, format: "cloth"))
            #expect(try await test.db.find(BookV2.pages == 328).one().format == "cloth")
            let twin = await #expect(throws: OmmiError.self) {
                try await test.db.add(BookV2(id: 5, title: "Orlando", year: "1992", authorID: 2))
            }
            #expect(twin?.kind == .constraint)
            try await test.db.add(ShelfReview(id: 1, bookID: 4, stars: 5))
            let dangling = await #expect(throws: OmmiError.self) {
                try await test.db.add(ShelfReview(id: 2, bookID: 99, stars: 1))
            }
            #expect(dangling?.kind == .constraint)
        }

        @Test(arguments: ConformanceDriver.all)
        func setupRefusesEveryUnsafeDifferenceWithItsListAndChangesNothing(driver: ConformanceDriver) async throws {
            let test = try await secondVersion(driver)
            let before = try await snapshot(test)
            let live = try await test.db.driver.introspect().first { $0.tableName == "Book" }
            let yearInDatabase = try #require(live?.field(named: "year")?.declaredType)
            let yearInModel = test.db.driver.dialect.columnDefinitionType(
                try #require(BookV3.schema.field(named: "year")))
            let expected = [
                "Book.heading: not in the database, NOT NULL without a default, and the table has rows: "
                    + "give it a default or make it optional, or add it with a migration",
                "Book.year: \(yearInDatabase) in the database, \(yearInModel) in the model: change its type with a migration",
                "Book.title: in the database, not in the model: rename it with a migration, or keep it with @StoreAs",
            ]
            // The unique heading would be safe to add (the new column holds no value yet); the
            // unique title in the database is the application's to keep, no difference.
            let safe = "Book.heading: unique in the model, not in the database: setup adds the constraint"
            #expect(try await shelfV3.differences(on: test.db).map(\.description) == expected + [safe])
            let error = await #expect(throws: OmmiError.self) { try await shelfV3.setup(on: test.db) }
            #expect(error?.kind == .schema)
            #expect(
                error?.message
                    == (["the database differs from the models in ways setup does not change:"] + expected).joined(
                        separator: "\n"))
            #expect(try await snapshot(test) == before)
        }

        @Test(arguments: ConformanceDriver.all)
        func aMigrationRenamesAndConvertsKeepingEveryRow(driver: ConformanceDriver) async throws {
            let test = try await secondVersion(driver)
            let books = try await test.db.find(BookV2.self).sorted(by: BookV2.id).all()
            #expect(try await shelfMigrator.migrate(test.db) == shelfMigrator.names)
            #expect(try await shelfV3.differences(on: test.db).isEmpty)
            let migrated = try await test.db.find(BookV3.self).sorted(by: BookV3.id).all()
            #expect(migrated.map(\.id) == books.map(\.id) && migrated.map(\.heading) == books.map(\.title))
            #expect(migrated.map(\.year) == books.compactMap { Int($0.year) } && migrated.count == books.count)
            #expect(migrated.map(\.authorID) == books.map(\.authorID) && migrated.map(\.format) == books.map(\.format))
            #expect(try await test.db.find(BookV3.year < 1973).sorted(by: BookV3.year).all().map(\.id) == [3, 2])
            #expect(try await test.db.find(ShelfReview.self).count() == 2)
            #expect(try await danglingReferences(test) == 0)
            let orphan = await #expect(throws: OmmiError.self) {
                try await test.db.add(BookV3(id: 9, heading: "Nobody's", year: 2000, authorID: 99))
            }
            #expect(orphan?.kind == .constraint)
        }

        @Test(arguments: ConformanceDriver.all)
        func aFailingMigrationLeavesTheDatabaseAsItWasAndIsNamed(driver: ConformanceDriver) async throws {
            let test = try await secondVersion(driver)
            let before = try await snapshot(test)
            var migrator = Migrator()
            migrator.register("rename then fail") { migration in
                try await migration.renameColumn("title", to: BookV3.heading)
                try await migration.changeType(of: BookV3.year)
                try await migration.execute("INSERT INTO no_such_table VALUES (1)")
            }
            let error = await #expect(throws: OmmiError.self) { try await migrator.migrate(test.db) }
            #expect(error?.message.hasPrefix("migration \"rename then fail\" failed: ") == true)
            #expect(error?.sql?.contains("no_such_table") == true)
            #expect(try await migrator.appliedMigrations(in: test.db).isEmpty)
            let after = try await snapshot(test).filter { !$0.hasPrefix(Migrator.tableName) }
            #expect(after == before)
        }

        @Test(arguments: ConformanceDriver.all)
        func runningTheMigratorAgainChangesNothing(driver: ConformanceDriver) async throws {
            let test = try await secondVersion(driver)
            let runs = RunCount()
            var migrator = Migrator()
            migrator.register("add a page count to every book") { migration in
                runs.count.withLock { $0 += 1 }
                try await migration.execute(
                    "UPDATE \(migration.database.driver.dialect.quote("Book")) SET \(migration.database.driver.dialect.quote("pages")) = "
                        + migration.database.driver.dialect.placeholder(1), .integer(100))
            }
            migrator.register("a review for the third book") { migration in
                try await migration.database.add(ShelfReview(id: 3, bookID: 3, stars: 3))
            }
            #expect(try await migrator.migrate(test.db) == migrator.names)
            let afterFirst = try await snapshot(test)
            #expect(try await migrator.migrate(test.db).isEmpty)
            #expect(try await snapshot(test) == afterFirst)
            #expect(runs.count.withLock { $0 } == 1)
            #expect(try await migrator.appliedMigrations(in: test.db) == migrator.names)
            #expect(try await test.db.find(BookV2.pages == 100).count() == firstBooks.count)
        }

        @Test(arguments: ConformanceDriver.all)
        func aMigrationChangesAKeyKeepingEveryRow(driver: ConformanceDriver) async throws {
            let test = try await secondVersion(driver)
            let reviews = try await test.db.find(ShelfReview.self).sorted(by: ShelfReview.id).all()
            var migrator = Migrator()
            migrator.register("reviews keyed by book") { try await $0.changeKey(of: "Review", to: ["bookID", "id"]) }
            try await migrator.migrate(test.db)
            let live = try await test.db.driver.introspect().first { $0.tableName == "Review" }
            #expect(live?.keyFields.map(\.column) == ["id", "bookID"])
            let kept = try await test.db.find(ShelfReview.self).sorted(by: ShelfReview.id).all()
            #expect(kept.map(\.id) == reviews.map(\.id) && kept.map(\.bookID) == reviews.map(\.bookID))
            try await test.db.add(ShelfReview(id: 1, bookID: 3, stars: 2))
            let repeated = await #expect(throws: OmmiError.self) {
                try await test.db.add(ShelfReview(id: 1, bookID: 3, stars: 1))
            }
            #expect(repeated?.kind == .constraint)
            #expect(try await danglingReferences(test) == 0)
        }

        @Test(arguments: ConformanceDriver.all)
        func aMigrationDropsAndRestoresAReferenceThatEveryRowMustHonour(driver: ConformanceDriver) async throws {
            let test = try await secondVersion(driver)
            let reference = try #require(BookV2.schema.foreignKeys.first)
            var dropping = Migrator()
            dropping.register("books without authors") { try await $0.dropReference(reference.columns, from: "Book") }
            try await dropping.migrate(test.db)
            #expect(
                try await shelfV2.differences(on: test.db).map(\.description) == [
                    "Book.authorID: references Author.id in the model, not in the database: add the reference with a migration"
                ])
            try await test.db.add(BookV2(id: 9, title: "Anonymous", year: "1500", authorID: 99))
            var restoring = Migrator()
            restoring.register("books by authors again") { try await $0.addReference(reference, to: "Book") }
            let refused = await #expect(throws: OmmiError.self) { try await restoring.migrate(test.db) }
            #expect(refused?.kind == .constraint)
            #expect(refused?.message.hasPrefix("migration \"books by authors again\" failed: ") == true)
            #expect(try await test.db.find(BookV2.id == 9).delete() == 1)
            try await restoring.migrate(test.db)
            #expect(try await shelfV2.differences(on: test.db).isEmpty)
            #expect(try await test.db.find(BookV2.self).count() == firstBooks.count)
        }

        /// The walk of issue 16: one database through three versions, data in every table.
        @Test(arguments: ConformanceDriver.all)
        func oneDatabaseWalksThroughThreeVersions(driver: ConformanceDriver) async throws {
            let test = try await firstVersion(driver)
            try await shelfV2.setup(on: test.db)
            let newBook = BookV2(id: 4, title: "Orlando", year: "1928", authorID: 2, pages: 328)
            try await test.db.add(newBook)
            try await test.db.add(contentsOf: [
                ShelfReview(id: 1, bookID: 4, stars: 5), ShelfReview(id: 2, bookID: 1, stars: 4),
            ])
            let secondBook = try #require(try await test.db.driver.introspect().first { $0.tableName == "Book" })
            #expect(
                secondBook.field(named: "title")?.isUnique == true && secondBook.field(named: "year")?.isIndexed == true
            )
            let secondBooks = try await test.db.find(BookV2.self).sorted(by: BookV2.id).all()
            let reviews = try await test.db.find(ShelfReview.self).sorted(by: ShelfReview.id).all()
            #expect(try await shelfV3.differences(on: test.db).contains { !$0.isSafe })
            try await shelfMigrator.migrate(test.db)
            try await shelfV3.setup(on: test.db)
            #expect(try await shelfV3.differences(on: test.db).isEmpty)
            let thirdBooks = try await test.db.find(BookV3.self).sorted(by: BookV3.id).all()
            #expect(thirdBooks.count == secondBooks.count)
            for (third, second) in zip(thirdBooks, secondBooks) {
                #expect(third.id == second.id && third.heading == second.title && third.year == Int(second.year))
                #expect(
                    third.authorID == second.authorID && third.pages == second.pages && third.format == second.format)
            }
            #expect(
                try await test.db.find(ShelfAuthor.self).sorted(by: ShelfAuthor.id).all().map(\.name)
                    == authors.map(\.name))
            let keptReviews = try await test.db.find(ShelfReview.self).sorted(by: ShelfReview.id).all()
            #expect(
                keptReviews.map(\.bookID) == reviews.map(\.bookID) && keptReviews.map(\.stars) == reviews.map(\.stars))
            #expect(try await danglingReferences(test) == 0)
            let repeated = await #expect(throws: OmmiError.self) {
                try await test.db.add(BookV3(id: 9, heading: newBook.title, year: 2000, authorID: 1))
            }
            #expect(repeated?.kind == .constraint)
            if test.db.driver is SQLiteDriver {
                var integrity: [String] = []
                try await test.db.driver.query(SQLStatement("PRAGMA integrity_check")) {
                    integrity.append(try $0.decode(String.self, at: 0))
                }
                #expect(integrity == ["ok"])
                var violations = 0
                try await test.db.driver.query(SQLStatement("PRAGMA foreign_key_check")) { _ in violations += 1 }
                #expect(violations == 0)
            }
        }
    }
}

extension DriverConformance.Migrations {
    @Test(arguments: ConformanceDriver.all)
    func setupRefusesAUniqueConstraintOverRepeatedValuesAndChangesNothing(driver: ConformanceDriver) async throws {
        let test = try await firstVersion(driver)
        let twins = [
            BookV1(id: 7, title: firstBooks[0].title, year: "1975", authorID: 1),
            BookV1(id: 8, title: firstBooks[1].title, year: "1973", authorID: 2),
            BookV1(id: 9, title: firstBooks[1].title, year: "1974", authorID: 2),
        ]
        try await test.db.add(contentsOf: twins)
        let repeated = Dictionary(grouping: firstBooks + twins, by: \.title).values.filter { $0.count > 1 }.count
        let before = try await snapshot(test)
        let line =
            "Book.title: unique in the model, but \(repeated) values appear more than once in the database: "
            + "remove the duplicates, or add the constraint with a migration"
        let differences = try await shelfV2.differences(on: test.db)
        #expect(differences.filter { !$0.isSafe }.map(\.description) == [line])
        let error = await #expect(throws: OmmiError.self) { try await shelfV2.setup(on: test.db) }
        #expect(error?.kind == .schema)
        #expect(error?.message == "the database differs from the models in ways setup does not change:\n" + line)
        #expect(try await snapshot(test) == before)
    }

    @Test(arguments: ConformanceDriver.all)
    func introspectionReadsUniqueConstraintsAndIndexesHoweverDeclared(driver: ConformanceDriver) async throws {
        let test = try await driver.database()
        try await test.execute(
            "CREATE TABLE {Stock} ({id} INTEGER PRIMARY KEY, {sku} TEXT UNIQUE, {shelf} TEXT, {bin} INTEGER, "
                + "{lot} TEXT, {batch} INTEGER, {note} TEXT, {kind} TEXT, CONSTRAINT {Stock_place} UNIQUE ({shelf}, {bin}))"
        )
        try await test.execute("CREATE UNIQUE INDEX {Stock_lot_batch} ON {Stock} ({lot}, {batch})")
        try await test.execute("CREATE UNIQUE INDEX {Stock_note_unique} ON {Stock} ({note})")
        try await test.execute("CREATE INDEX {Stock_kind_index} ON {Stock} ({kind})")
        try await test.execute("CREATE INDEX {Stock_kind_bin} ON {Stock} ({kind}, {bin})")
        let stock = try #require(try await test.db.driver.introspect().first { $0.tableName == "Stock" })
        #expect(stock.fields.filter(\.isUnique).map(\.column).sorted() == ["note", "sku"])
        #expect(stock.fields.filter(\.isIndexed).map(\.column) == ["kind"])
        #expect(Set(stock.uniqueConstraints.map { Set($0) }) == [["shelf", "bin"], ["lot", "batch"]])
    }

    @Test(arguments: ConformanceDriver.all)
    func aUniqueConstraintSetupAddsIsTheConflictTargetOfAnUpsert(driver: ConformanceDriver) async throws {
        let test = try await driver.database(with: ModelCollection(ShelfLabelV1.self))
        let first = try await test.db.save(ShelfLabelV1(name: "classic", uses: 1))
        try await test.db.save(ShelfLabelV1(name: "modern", uses: 1))
        try await ModelCollection(ShelfLabelV2.self).setup(on: test.db)
        let upserted = try await test.db.upsert(ShelfLabelV2(name: "classic", uses: 5))
        #expect(upserted.id == first.id && upserted.uses == 5)
        let labels = try await test.db.find(ShelfLabelV2.self).sorted(by: ShelfLabelV2.id).all()
        #expect(labels.map(\.name) == ["classic", "modern"] && labels.map(\.uses) == [5, 1])
    }
}

/// How many times a migration's body ran.
private final class RunCount: Sendable {
    let count = Mutex(0)
}
