import Foundation
import Ommi
import OmmiSQLite
import Synchronization
import Testing

struct Failure: Error {}

@Suite struct TransactionTests {
    let test: TestDatabase

    init() async throws {
        test = try await TestDatabase.open(.file)
        try await libraryModels.setup(on: test.db)
    }

    func names() async throws -> [String] {
        try await test.db.find(Author.self).sorted(by: Author.name).all().map(\.name)
    }

    @Test func commitsWhenTheBodyReturns() async throws {
        let db = test.db
        let value = try await db.transaction {
            try await db.add(Author(name: "Kept"))
            return 42
        }
        #expect(value == 42)
        #expect(try await names() == ["Kept"])
        // Another connection sees the commit.
        let other = Ommi(try await SQLiteDriver.connect(path: try #require(test.path)))
        #expect(try await other.find(Author.self).count() == 1)
    }

    @Test func rollsBackAndRethrowsWhenTheBodyThrows() async throws {
        let db = test.db
        await #expect(throws: Failure.self) {
            try await db.transaction {
                try await db.add(Author(name: "Lost"))
                throw Failure()
            }
        }
        #expect(try await names() == [])
    }

    @Test func aFailingNestedTransactionRollsBackOnlyItself() async throws {
        let db = test.db
        try await db.transaction {
            try await db.add(Author(name: "Outer"))
            await #expect(throws: Failure.self) {
                try await db.transaction {
                    try await db.add(Author(name: "Inner"))
                    throw Failure()
                }
            }
            try await db.transaction { try await db.add(Author(name: "Second inner")) }
        }
        #expect(try await names() == ["Outer", "Second inner"])
    }

    @Test func aNestedTransactionDoesNotCommitTheOuterOne() async throws {
        let db = test.db
        await #expect(throws: Failure.self) {
            try await db.transaction {
                try await db.transaction { try await db.add(Author(name: "Inner")) }
                throw Failure()
            }
        }
        #expect(try await names() == [])
    }

    @Test func otherTasksWaitForARunningTransaction() async throws {
        let db = test.db
        let transaction = Task {
            try await db.transaction {
                try await db.add(Author(name: "T1"))
                try await Task.sleep(for: .milliseconds(50))
                try await db.add(Author(name: "T2"))
                throw Failure()
            }
        }
        try await Task.sleep(for: .milliseconds(10))
        try await db.add(Author(name: "Outside"))
        await #expect(throws: Failure.self) { try await transaction.value }
        #expect(try await names() == ["Outside"])
    }

    @Test(.timeLimit(.minutes(5))) func aTaskThatOutlivesItsTransactionWritesOutsideIt() async throws {
        let db = test.db
        let spawned = Mutex<Task<Void, any Error>?>(nil)
        let (ended, signal) = AsyncStream<Void>.makeStream()
        await #expect(throws: Failure.self) {
            try await db.transaction {
                // An unstructured task inherits the transaction's task locals, not its lifetime:
                // once the transaction has ended, the task's writes are its own.
                spawned.withLock { task in
                    task = Task {
                        for await _ in ended { break }
                        try await db.add(Author(name: "Late"))
                    }
                }
                try await db.add(Author(name: "Rolled back"))
                throw Failure()
            }
        }
        signal.finish()
        try await spawned.withLock { $0 }?.value
        #expect(try await names() == ["Late"])
    }

    @Test func addingSeveralModelsIsAllOrNothing() async throws {
        try await test.db.add(Account(id: 1, handle: "taken"))
        await #expect(throws: OmmiError.self) {
            try await test.db.add(Account(id: 2, handle: "new"), Account(id: 1, handle: "clash"))
        }
        #expect(try await test.db.find(Account.self).count() == 1)
    }
}
