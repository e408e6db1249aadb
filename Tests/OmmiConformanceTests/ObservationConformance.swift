import Foundation
import Ommi
import OmmiSQLite
import Synchronization
import Testing

#if PostgreSQL
import OmmiPostgres
#endif

extension DriverConformance {
    /// `observe()`: the result now, then once after each committed change that can affect it,
    /// whoever made it; nothing for a rollback; one result for a burst; nothing once cancelled.
    @Suite("Observation") struct ObservationConformance {
        /// How long a test waits to be sure that no further result comes.
        static let quiet: Duration = .milliseconds(600)

        func note(_ text: String, category: String = "live") -> Note {
            Note(id: 0, text: text, category: category, rank: 0, pinned: false)
        }

        /// The drivers whose database another connection can reach.
        static let shared: [ConformanceDriver] = ConformanceDriver.all.filter { $0.name != "SQLite memory" }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func ownTransactionIsSeenOnceWhenItCommits(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            var results = db.find(Note.category == "live").sorted(by: Note.text).observe().makeAsyncIterator()
            #expect(try await results.next()?.isEmpty == true)
            let texts = ["a", "b", "c"]
            try await db.transaction {
                for text in texts { try await db.add(note(text)) }
                try await db.add(note("elsewhere", category: "other"))
            }
            #expect(try await results.next()?.map(\.text) == texts)
            #expect(try await nextWithin(Self.quiet, &results) == nil)
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func rolledBackTransactionsYieldNothing(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            try await db.add(note("kept"))
            var results = db.find(Note.self).observe().makeAsyncIterator()
            #expect(try await results.next()?.map(\.text) == ["kept"])
            await #expect(throws: TestFailure.self) {
                try await db.transaction {
                    try await db.add(note("thrown away"))
                    throw TestFailure(marker: "roll back")
                }
            }
            try await db.transaction { transaction in
                try await db.add(note("discarded"))
                transaction.rollback()
            }
            #expect(try await nextWithin(Self.quiet, &results) == nil)
            #expect(try await db.find(Note.self).count() == 1)
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func burstOfCommitsYieldsOneResult(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            let burst = 1_000
            var results = db.find(Note.self).observe().makeAsyncIterator()
            #expect(try await results.next()?.isEmpty == true)
            for number in 0..<burst { try await db.add(note("burst \(number)")) }
            #expect(try await results.next()?.count == burst)
            #expect(try await nextWithin(Self.quiet, &results) == nil)
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func cancellingStopsAllWork(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            let seen = Mutex(0)
            let consumer = Task {
                for try await _ in db.find(Note.self).observe(interval: .milliseconds(10)) {
                    seen.withLock { $0 += 1 }
                }
            }
            while seen.withLock({ $0 }) == 0 { try await Task.sleep(for: .milliseconds(5)) }
            consumer.cancel()
            try await consumer.value
            let statements = Mutex<[String]>([])
            db.trace { sql in statements.withLock { $0.append(sql) } }
            try await db.add(note("after the end"))
            let written = statements.withLock { $0 }
            try await Task.sleep(for: Self.quiet)
            db.trace(nil)
            #expect(statements.withLock { $0 } == written)
            #expect(seen.withLock { $0 } == 1)
        }

        @Test(.timeLimit(.minutes(5)), arguments: shared)
        func anotherConnectionsCommitIsSeen(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let other = try await Self.secondConnection(to: test.db)
            var results = test.db.find(Note.self).sorted(by: Note.text).observe().makeAsyncIterator()
            #expect(try await results.next()?.isEmpty == true)
            try await other.add(note("from the other connection"))
            #expect(try await results.next()?.map(\.text) == ["from the other connection"])
            try await other.find(Note.text == "from the other connection").update(Note.text.set(to: "renamed"))
            #expect(try await results.next()?.map(\.text) == ["renamed"])
            #expect(try await nextWithin(Self.quiet, &results) == nil)
        }

        @Test(.timeLimit(.minutes(5)))
        func anotherProcesssCommitIsSeen() async throws {
            let test = try await ConformanceDriver.sqliteFile.database(with: inventoryModels)
            let path = try #require((test.db.driver as? SQLiteDriver)?.path)
            var results = test.db.find(Note.self).observe().makeAsyncIterator()
            #expect(try await results.next()?.isEmpty == true)
            let texts = ["one", "two"]
            let values = texts.map { "('\($0)', 'live', 0, 0)" }.joined(separator: ", ")
            try Self.runSQLite(path, "INSERT INTO notes (text, category, rank, pinned) VALUES \(values)")
            #expect(try await results.next()?.map(\.text) == texts)
            try Self.runSQLite(path, "DELETE FROM notes WHERE text = 'one'")
            #expect(try await results.next()?.map(\.text) == ["two"])
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func relationFieldsFollowTheirAssociation(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: schoolModels)
            let db = test.db
            let (ada, _, _) = try await db.add(
                Student(id: 1, name: "Ada"), Course(id: 10, title: "Logic"), Course(id: 11, title: "Looms"))
            var courses = try ada.courses.observe().makeAsyncIterator()
            #expect(try await courses.next()?.isEmpty == true)
            try await db.add(Enrolment(studentID: 1, courseID: 11, term: "spring"))
            #expect(try await courses.next()?.map(\.title) == ["Looms"])
            try await db.find(Course.id == 11).update(Course.title.set(to: "Engines"))
            #expect(try await courses.next()?.map(\.title) == ["Engines"])
            var student = try await db.find(Student.id == 1).one()
            student.name = "Ada L."
            // A change to a table the relation does not read is not a change of its result.
            try await db.save(student)
            #expect(try await nextWithin(Self.quiet, &courses) == nil)
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func dynamicQueriesAreObservedToo(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            let notes = DynamicModel(schema: Note.schema, database: db)
            var rows = notes.observe(where: .compare(.column(notes.column("rank")), .greater, .value(.integer(5))))
                .makeAsyncIterator()
            #expect(try await rows.next()?.isEmpty == true)
            try await notes.add([
                "text": .text("high"), "category": .text("live"), "rank": .integer(9), "pinned": .integer(0),
            ])
            let high = try await rows.next()
            #expect(high?.count == 1)
            #expect(high?.first?.value(ofColumn: "text", in: Note.schema) == .text("high"))
            try await notes.add([
                "text": .text("low"), "category": .text("live"), "rank": .integer(1), "pinned": .integer(0),
            ])
            #expect(try await nextWithin(Self.quiet, &rows) == nil)
        }

        @Test(.timeLimit(.minutes(5)), arguments: ConformanceDriver.all)
        func changesReportTablesOfOwnCommits(driver: ConformanceDriver) async throws {
            let test = try await driver.database(with: inventoryModels)
            let db = test.db
            var changes = await db.changes().makeAsyncIterator()
            try await db.add(Gadget(code: "g1", label: "lamp", inStock: true, price: 3))
            let change = await changes.next()
            #expect(change?.tables == [Gadget.schema.tableName.lowercased()])
            #expect(change?.elsewhere == false || driver.name == "PostgreSQL")
        }

        // MARK: Support

        /// The next element, or nil when none comes within `limit`: the wait is cancelled then,
        /// which ends `next()`.
        func nextWithin<Value: Sendable>(_ limit: Duration, _ iterator: inout QueryObservation<Value>.Iterator)
            async throws -> Value?
        {
            let waiting = Task { [iterator] in
                var moved = iterator
                let value = try await moved.next()
                return (value, moved)
            }
            let timer = Task {
                try await Task.sleep(for: limit)
                waiting.cancel()
            }
            let (value, moved) = try await waiting.value
            timer.cancel()
            iterator = moved
            return value
        }

        /// A second connection to the database `db` works on.
        static func secondConnection(to db: Ommi) async throws -> Ommi {
            if let sqlite = db.driver as? SQLiteDriver, let path = sqlite.path {
                return Ommi(try await SQLiteDriver.connect(path: path))
            }
            #if PostgreSQL
            if let postgres = db.driver as? PostgresDriver {
                return Ommi(try await PostgresDriver.connect(postgres.configuration))
            }
            #endif
            throw TestFailure(marker: "no second connection to \(type(of: db.driver))")
        }

        /// Runs `sql` in a child `sqlite3` process on the file at `path`.
        static func runSQLite(_ path: String, _ sql: String) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["sqlite3", path, sql]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }
}
