import Foundation
import Ommi
import OmmiSQLite
import Testing

/// A file opened with readers: reads outside transactions run on read-only connections beside
/// the writer, in WAL mode, seeing the committed state without waiting for writes.
@Suite(.timeLimit(.minutes(5))) struct ReaderPoolTests {
    let path: String

    init() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ommi-readers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        path = folder.appendingPathComponent("pool.db").path
    }

    func count(_ driver: SQLiteDriver) async throws -> Int64 {
        var total: Int64 = -1
        try await driver.query(SQLStatement("SELECT count(*) FROM item")) { row in
            if case .integer(let value) = row.value(at: 0) { total = value }
        }
        return total
    }

    @Test func aReadDuringAnOpenWriteSeesTheCommittedStateAtOnce() async throws {
        let driver = try await SQLiteDriver.connect(path: path, options: .create, readers: 2)
        try await driver.execute(SQLStatement("CREATE TABLE item (id INTEGER PRIMARY KEY)"))
        try await driver.execute(SQLStatement("INSERT INTO item (id) VALUES (1)"))
        let (written, writtenSignal) = AsyncStream<Int64>.makeStream()
        let (finish, finishSignal) = AsyncStream<Void>.makeStream()
        let writer = Task {
            try await driver.transaction {
                try await driver.execute(SQLStatement("INSERT INTO item (id) VALUES (2)"))
                // Inside the transaction the read runs on the writer and sees its own row.
                writtenSignal.yield(try await count(driver))
                for await _ in finish { break }
            }
        }
        var seenInside: Int64 = 0
        for await value in written {
            seenInside = value
            break
        }
        #expect(seenInside == 2)
        // The transaction is still open: a read outside it does not wait for it.
        #expect(try await count(driver) == 1)
        finishSignal.yield()
        try await writer.value
        #expect(try await count(driver) == 2)
    }

    @Test func manyTasksReadInParallelAndAgree() async throws {
        let driver = try await SQLiteDriver.connect(path: path, options: .create, readers: 2)
        try await driver.execute(SQLStatement("CREATE TABLE item (id INTEGER PRIMARY KEY)"))
        try await driver.transaction {
            for id in 1...500 {
                try await driver.execute(SQLStatement("INSERT INTO item (id) VALUES (?)", [.integer(Int64(id))]))
            }
        }
        let counts = try await withThrowingTaskGroup(of: Int64.self) { group in
            for _ in 0..<16 { group.addTask { try await count(driver) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(counts == Array(repeating: 500, count: 16))
    }

    @Test func aCursorOutsideATransactionReadsFromAReader() async throws {
        let driver = try await SQLiteDriver.connect(path: path, options: .create, readers: 1)
        try await driver.execute(SQLStatement("CREATE TABLE item (id INTEGER PRIMARY KEY)"))
        for id in 1...3 {
            try await driver.execute(SQLStatement("INSERT INTO item (id) VALUES (?)", [.integer(Int64(id))]))
        }
        let cursor = try await driver.cursor(SQLStatement("SELECT id FROM item ORDER BY id"))
        var ids: [DatabaseValue] = []
        _ = try await cursor.next(2) { ids.append($0.value(at: 0)) }
        // The writer commits while the reader's cursor is open, and is not held up by it.
        try await driver.execute(SQLStatement("INSERT INTO item (id) VALUES (4)"))
        while try await cursor.next(2, { ids.append($0.value(at: 0)) }) {}
        #expect(ids == [1, 2, 3])
        #expect(try await count(driver) == 4)
    }

    @Test func readersPutTheFileInWALMode() async throws {
        let driver = try await SQLiteDriver.connect(path: path, options: .create, readers: 1)
        var mode: DatabaseValue = .null
        try await driver.query(SQLStatement("PRAGMA journal_mode")) { mode = $0.value(at: 0) }
        #expect(mode == .text("wal"))
    }

    @Test func aFileThatCannotUseWALCannotHaveReaders() async throws {
        _ = try await SQLiteDriver.connect(path: path, options: .create)
        let error = await #expect(throws: OmmiError.self) {
            try await SQLiteDriver.connect(path: path, options: .readOnly, readers: 2)
        }
        #expect(error?.kind == .cannotOpen)
        #expect(error?.message.contains("WAL") == true)
    }
}
