import CSQLite
import Ommi

/// A statement of its own, stepped a batch at a time. The statement is only touched while its
/// connection's lock is held, finalization when the cursor goes away included.
final class SQLiteCursor: DriverCursor, @unchecked Sendable {
    /// The connection the statement was prepared on.
    enum Home: Sendable {
        /// The driver's writer, reached in the task's turn like any statement of the driver.
        case writer(SQLiteDriver)
        /// A reader of the driver's pool, reached under its lock alone.
        case reader(ConnectionLock)
    }

    private let home: Home
    private var statement: OpaquePointer?
    private let sql: String

    init(_ home: Home, statement: OpaquePointer, sql: String) {
        self.home = home
        self.statement = statement
        self.sql = sql
    }

    deinit {
        guard let statement else { return }
        switch home {
        case .writer(let driver): driver.finalize(statement)
        case .reader(let connection): connection.finalize(statement)
        }
    }

    private func withConnection<T>(_ body: (SQLiteConnection) throws -> T) async throws -> T {
        switch home {
        case .writer(let driver): try await driver.withConnection(body)
        case .reader(let connection): try connection.withLock(body)
        }
    }

    func next(_ limit: Int, _ visit: (Row) throws -> Void) async throws -> Bool {
        try await withConnection { connection in
            guard let current = statement else { return false }
            let reader = SQLiteRowReader(statement: current)
            for _ in 0..<limit {
                let code = sqlite3_step(current)
                switch code {
                case SQLITE_ROW: try visit(Row(reader: reader))
                case SQLITE_DONE:
                    sqlite3_finalize(current)
                    statement = nil
                    return false
                default: throw OmmiError.sqlite(connection.handle, code: code, sql: sql)
                }
            }
            return true
        }
    }
}
