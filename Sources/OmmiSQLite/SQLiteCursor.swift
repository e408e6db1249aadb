import CSQLite
import Ommi

/// A statement of its own, stepped a batch at a time. The statement is only touched while the
/// driver holds its connection lock, finalization when the cursor goes away included.
final class SQLiteCursor: DriverCursor, @unchecked Sendable {
    private let driver: SQLiteDriver
    private var statement: OpaquePointer?
    private let sql: String

    init(driver: SQLiteDriver, statement: OpaquePointer, sql: String) {
        self.driver = driver
        self.statement = statement
        self.sql = sql
    }

    deinit {
        if let statement { driver.finalize(statement) }
    }

    func next(_ limit: Int, _ visit: (Row) throws -> Void) async throws -> Bool {
        try await driver.withConnection { connection in
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
