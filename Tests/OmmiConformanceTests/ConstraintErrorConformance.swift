import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// Each kind of refusal is told apart the same way on every driver: the constraint's kind, and
    /// what it covers where the database says; a missing table or column is a schema error on
    /// every kind of statement.
    @Suite("Constraint and schema errors") struct ConstraintErrors {
        /// A table with a required column and a named CHECK constraint, made by hand.
        static let checkedTable = """
            CREATE TABLE {checked} ({id} INTEGER PRIMARY KEY, {name} TEXT NOT NULL, {amount} INTEGER,
            CONSTRAINT {positive_amount} CHECK ({amount} > 0))
            """

        @Test(arguments: ConformanceDriver.all)
        func aMissingValueIsANotNullErrorNamingTheColumn(driver: ConformanceDriver) async throws {
            let test = try await driver.database()
            try await test.execute(Self.checkedTable)
            let error = await #expect(throws: OmmiError.self) {
                try await test.execute("INSERT INTO {checked} ({id}, {name}, {amount}) VALUES (1, NULL, 5)")
            }
            #expect(error?.kind == .constraint)
            #expect(error?.constraint == .notNull)
            #expect(error?.table == "checked")
            #expect(error?.columns == ["name"])
        }

        @Test(arguments: ConformanceDriver.all)
        func aRefusedCheckIsACheckErrorNamingTheConstraint(driver: ConformanceDriver) async throws {
            let test = try await driver.database()
            try await test.execute(Self.checkedTable)
            let error = await #expect(throws: OmmiError.self) {
                try await test.execute("INSERT INTO {checked} ({id}, {name}, {amount}) VALUES (1, 'x', -5)")
            }
            #expect(error?.kind == .constraint)
            #expect(error?.constraint == .check)
            #expect(error?.constraintName == "positive_amount")
            try await test.execute("INSERT INTO {checked} ({id}, {name}, {amount}) VALUES (1, 'x', 5)")
        }

        @Test(arguments: ConformanceDriver.all)
        func aReferenceToColumnsWithoutAUniqueKeyIsAForeignKeyError(driver: ConformanceDriver) async throws {
            let test = try await driver.database()
            try await test.execute("CREATE TABLE {parents} ({id} INTEGER PRIMARY KEY, {code} TEXT)")
            // SQLite accepts the declaration and refuses the first write through it; PostgreSQL
            // refuses the declaration.
            let error = await #expect(throws: OmmiError.self) {
                try await test.execute(
                    "CREATE TABLE {children} ({id} INTEGER PRIMARY KEY, {code} TEXT REFERENCES {parents} ({code}))")
                try await test.execute("INSERT INTO {children} ({id}, {code}) VALUES (1, 'a')")
            }
            #expect(error?.kind == .constraint)
            #expect(error?.constraint == .foreignKey)
        }

        @Test(arguments: ConformanceDriver.all)
        func aMissingTableIsASchemaErrorForReadsAndWrites(driver: ConformanceDriver) async throws {
            let test = try await driver.database()
            let read = await #expect(throws: OmmiError.self) { try await test.db.find(Gadget.self).all() }
            #expect(read?.kind == .schema)
            let write = await #expect(throws: OmmiError.self) {
                try await test.db.add(Gadget(code: "a", label: "b", inStock: true, price: 1))
            }
            #expect(write?.kind == .schema)
            let change = await #expect(throws: OmmiError.self) {
                try await test.db.find(Gadget.code == "a").update(Gadget.label.set(to: "c"))
            }
            #expect(change?.kind == .schema)
        }

        @Test(arguments: ConformanceDriver.all)
        func aMissingColumnIsASchemaErrorForReadsAndWrites(driver: ConformanceDriver) async throws {
            let test = try await driver.database()
            try await test.execute("CREATE TABLE {gauges} ({id} INTEGER PRIMARY KEY)")
            let read = await #expect(throws: OmmiError.self) { try await test.db.find(TextGauge.self).all() }
            #expect(read?.kind == .schema)
            let write = await #expect(throws: OmmiError.self) { try await test.db.add(TextGauge(id: 1, reading: "x")) }
            #expect(write?.kind == .schema)
            let filtered = await #expect(throws: OmmiError.self) {
                try await test.db.find(TextGauge.reading == "x").delete()
            }
            #expect(filtered?.kind == .schema)
        }

        @Test(arguments: ConformanceDriver.all)
        func aRefusedWriteInsideATransactionLeavesTheRestOfItIntact(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: literatureModels)
            let db = test.db
            let writer = try await db.add(Writer(name: "Known", country: "NZ"))
            try await db.transaction {
                let error = await #expect(throws: OmmiError.self) {
                    try await db.transaction {
                        try await db.add(Novel(title: "Lost", year: 2001, genre: "x", writerID: writer.id + 1))
                    }
                }
                #expect(error?.constraint == .foreignKey)
                try await db.add(Novel(title: "Kept", year: 2002, genre: "x", writerID: writer.id))
            }
            #expect(try await db.find(Novel.self).all().map(\.title) == ["Kept"])
        }
    }
}
