import Foundation
import Ommi
import Synchronization
import Testing

extension DriverConformance {
    /// Transactions under structured concurrency: child tasks of a transaction's body run inside
    /// it, a child's own transaction is a savepoint that keeps or loses exactly its own work, and
    /// a cancelled transaction commits nothing.
    @Suite("Transactions under concurrency") struct ConcurrentTransactions {
        static let children = 50

        func note(_ text: String, rank: Int) -> Note {
            Note(text: text, category: "tx", rank: rank, pinned: false)
        }

        func texts(_ db: Ommi) async throws -> [String] {
            try await db.find(Note.self).all().map(\.text)
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func eachChildsSavepointKeepsOrLosesExactlyItsOwnWork(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            let log = Mutex<[String]>([])
            db.trace { sql in log.withLock { $0.append(sql) } }
            let failed = try await db.transaction {
                try await db.add(note("parent", rank: -1))
                return try await withThrowingTaskGroup(of: Int?.self) { group in
                    for child in 0..<Self.children {
                        group.addTask {
                            try await Task.sleep(for: .milliseconds(Int.random(in: 0...12)))
                            // Some children also write outside any savepoint of their own, while
                            // siblings' savepoints come and go: those rows belong to the parent.
                            if child % 5 == 0 { try await db.add(note("plain \(child)", rank: 1000 + child)) }
                            do {
                                try await db.transaction {
                                    try await db.add(note("first \(child)", rank: 2 * child))
                                    try await Task.sleep(for: .milliseconds(Int.random(in: 0...2)))
                                    try await db.add(note("second \(child)", rank: 2 * child + 1))
                                    if child % 3 == 0 { throw TestFailure(marker: "child \(child)") }
                                }
                                return nil
                            } catch let failure as TestFailure {
                                #expect(failure == TestFailure(marker: "child \(child)"))
                                return child
                            }
                        }
                    }
                    var failed: [Int] = []
                    for try await child in group { if let child { failed.append(child) } }
                    return failed.sorted()
                }
            }
            db.trace(nil)
            let everyChild = 0..<Self.children
            #expect(failed == everyChild.filter { $0 % 3 == 0 })
            let kept = everyChild.filter { $0 % 3 != 0 }.flatMap { ["first \($0)", "second \($0)"] }
            let plain = everyChild.filter { $0 % 5 == 0 }.map { "plain \($0)" }
            let expected = ["parent"] + kept + plain
            let stored = try await texts(db)
            #expect(stored.sorted() == expected.sorted())
            // Every savepoint (each child's, and those `add` opens inside them) had a name of its
            // own, and exactly the failing children's were rolled back.
            let traced = log.withLock { $0 }
            let savepoints = traced.filter { $0.hasPrefix("SAVEPOINT ") }
            #expect(savepoints.count > Self.children)
            #expect(Set(savepoints).count == savepoints.count)
            #expect(traced.filter { $0.hasPrefix("RELEASE SAVEPOINT ") }.count == savepoints.count)
            #expect(traced.filter { $0.hasPrefix("ROLLBACK TO SAVEPOINT ") }.count == failed.count)
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func grandchildrenRunInsideTheirParentsSavepoint(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            try await db.transaction {
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for child in 0..<4 {
                        group.addTask {
                            _ = try? await db.transaction {
                                try await withThrowingTaskGroup(of: Void.self) { grandchildren in
                                    for grandchild in 0..<3 {
                                        grandchildren.addTask {
                                            try await Task.sleep(for: .milliseconds(Int.random(in: 0...3)))
                                            try await db.add(
                                                note("\(child).\(grandchild)", rank: 10 * child + grandchild))
                                        }
                                    }
                                    try await grandchildren.waitForAll()
                                }
                                if child.isMultiple(of: 2) { throw TestFailure(marker: "\(child)") }
                            }
                        }
                    }
                    try await group.waitForAll()
                }
            }
            let expected = [1, 3].flatMap { child in (0..<3).map { "\(child).\($0)" } }
            #expect(try await texts(db).sorted() == expected)
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func cancellingTheParentMidwayCommitsNothing(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            let added = Tally()
            let transaction = Task {
                try await db.transaction {
                    try await db.add(note("parent", rank: -1))
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        for child in 0..<Self.children {
                            group.addTask {
                                // The first ten finish; the rest wait until the cancellation
                                // reaches them, however slowly the machine runs.
                                try await Task.sleep(for: child < 10 ? .milliseconds(child) : .seconds(600))
                                try await db.transaction { try await db.add(note("child \(child)", rank: child)) }
                                added.increment()
                            }
                        }
                        try await group.waitForAll()
                    }
                }
            }
            while added.count < 10 { try await Task.sleep(for: .milliseconds(1)) }
            transaction.cancel()
            let outcome = await transaction.result
            // Children cut short throw `CancellationError`, which the body rethrows.
            #expect(throws: CancellationError.self) { try outcome.get() }
            #expect(added.count == 10)
            #expect(try await texts(db) == [])
            // The connection is free again, and a new transaction commits.
            try await db.transaction { try await db.add(note("after", rank: 0)) }
            #expect(try await texts(db) == ["after"])
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func aCancelledBodyThatReturnsAnywayCommitsNothing(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            let transaction = Task {
                try await db.transaction {
                    try await db.add(note("before the cancel", rank: 1))
                    withUnsafeCurrentTask { $0?.cancel() }
                    let refused = await #expect(throws: CancellationError.self) {
                        try await db.add(note("after the cancel", rank: 2))
                    }
                    return refused != nil
                }
            }
            let outcome = await transaction.result
            #expect(throws: CancellationError.self) { try outcome.get() }
            #expect(try await texts(db) == [])
        }
    }
}

/// A count that child tasks raise and their parent reads.
final class Tally: Sendable {
    private let value = Atomic<Int>(0)

    func increment() {
        value.add(1, ordering: .relaxed)
    }

    var count: Int { value.load(ordering: .relaxed) }
}
