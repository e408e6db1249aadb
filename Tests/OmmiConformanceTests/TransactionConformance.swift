import Foundation
import Ommi
import Testing

extension DriverConformance {
    /// Transactions commit on return, roll back on request or on error, and nest as savepoints.
    @Suite("Transactions") struct Transactions {
        func texts(_ db: Ommi) async throws -> [String] {
            try await db.find(Note.self).sorted(by: Note.rank).all().map(\.text)
        }

        func note(_ text: String, rank: Int) -> Note {
            Note(text: text, category: "tx", rank: rank, pinned: false)
        }

        @Test(arguments: ConformanceDriver.all)
        func commitsOnACleanExit(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            let returned = try await db.transaction {
                try await db.add(note("kept", rank: 1))
                try await db.add(note("also kept", rank: 2))
                try await db.find(Note.text == "kept").update(Note.pinned.set(to: true))
                return try await db.find(Note.self).count()
            }
            #expect(returned == 2)
            #expect(try await texts(db) == ["kept", "also kept"])
            #expect(try await db.find(Note.pinned == true).count() == 1)
        }

        @Test(arguments: ConformanceDriver.all)
        func anExplicitRollbackDiscards(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            try await db.add(note("before", rank: 1))
            let seenInside = try await db.transaction { transaction in
                try await db.add(note("discarded", rank: 2))
                try await db.find(Note.text == "before").update(Note.text.set(to: "changed"))
                let seen = try await texts(db)
                transaction.rollback()
                return seen
            }
            #expect(seenInside == ["changed", "discarded"])
            #expect(try await texts(db) == ["before"])
            try await db.transaction { _ in try await db.add(note("committed", rank: 3)) }
            #expect(try await texts(db) == ["before", "committed"])
        }

        @Test(arguments: ConformanceDriver.all)
        func aThrownErrorRollsBackAndIsRethrown(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            try await db.add(note("before", rank: 1))
            let thrown = await #expect(throws: TestFailure.self) {
                try await db.transaction {
                    try await db.add(note("lost", rank: 2))
                    try await db.find(Note.self).delete()
                    throw TestFailure(marker: "from the body")
                }
            }
            #expect(thrown == TestFailure(marker: "from the body"))
            #expect(try await texts(db) == ["before"])
        }

        @Test(arguments: ConformanceDriver.all)
        func aFailingNestedTransactionRollsBackOnlyItself(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            try await db.transaction {
                try await db.add(note("outer", rank: 1))
                await #expect(throws: TestFailure.self) {
                    try await db.transaction {
                        try await db.add(note("inner", rank: 2))
                        throw TestFailure(marker: "inner")
                    }
                }
                try await db.transaction { _ = try await db.add(note("second inner", rank: 3)) }
                try await db.transaction { transaction in
                    try await db.add(note("rolled back inner", rank: 4))
                    transaction.rollback()
                }
                try await db.add(note("outer again", rank: 5))
            }
            #expect(try await texts(db) == ["outer", "second inner", "outer again"])
        }
    }
}
