import Foundation
import Ommi
import OmmiSQLite
import Testing

/// A cursor's statement is finalized under the connection lock when the cursor goes away, even
/// when it goes away while the lock is held; an unfinalized statement in the middle of a read
/// would keep its table locked.
@Suite struct CursorReleaseTests {
    private func numbers() async throws -> SQLiteDriver {
        let driver = try await SQLiteDriver.connect()
        try await driver.execute(SQLStatement("CREATE TABLE numbers (n INTEGER)"))
        try await driver.execute(SQLStatement("INSERT INTO numbers VALUES (1), (2), (3)"))
        return driver
    }

    @Test func aCursorReleasedBetweenStatementsIsFinalizedAtOnce() async throws {
        let driver = try await numbers()
        var cursor: (any DriverCursor)? = try await driver.cursor(SQLStatement("SELECT n FROM numbers"))
        #expect(try await cursor?.next(1) { _ in } == true)
        cursor = nil
        try await driver.execute(SQLStatement("DROP TABLE numbers"))
    }

    @Test func aCursorReleasedWhileTheConnectionIsBusyIsFinalizedByTheNextStatement() async throws {
        let driver = try await numbers()
        var cursor: (any DriverCursor)? = try await driver.cursor(SQLStatement("SELECT n FROM numbers"))
        #expect(try await cursor?.next(1) { _ in } == true)
        var seen: [DatabaseValue] = []
        try await driver.query(SQLStatement("SELECT 42")) { row in
            seen.append(row.value(at: 0))
            cursor = nil
        }
        #expect(seen == [.integer(42)])
        #expect(cursor == nil)
        try await driver.execute(SQLStatement("DROP TABLE numbers"))
    }

    @Test func rowsReadThroughValuesKeepEveryStorageClass() async throws {
        let driver = try await SQLiteDriver.connect()
        var values: [DatabaseValue] = []
        var ints: [Int?] = []
        try await driver.query(SQLStatement("SELECT 7, 2.5, 'text', X'0102', NULL")) { row in
            values = row.values
            ints = [try? row.decode(Int.self, at: 0), try? row.decode(Int.self, at: 2)]
        }
        #expect(values == [.integer(7), .real(2.5), .text("text"), .blob(Data([1, 2])), .null])
        #expect(ints == [7, nil])
    }
}
