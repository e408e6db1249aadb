import CSQLite
import Foundation
import Ommi

/// One open SQLite connection with its cache of prepared statements. Not thread-safe: the driver
/// only touches it while holding its lock.
final class SQLiteConnection {
    let handle: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]
    /// The same statements by the number the core gave their text, when it gave one: found
    /// without hashing the text.
    private var statementsByTextID: [Int: OpaquePointer] = [:]
    /// The reader of the rows of the statement being run, reused from one run to the next; a run
    /// inside another's visit (which no caller makes today) gets one of its own.
    private let rowReader = SQLiteRowReader(statement: nil)
    private var rowReaderInUse = false

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// The cached prepared statement for `sql`, ready to bind: every run resets it when it ends,
    /// and every bind sets all its parameters.
    func prepared(_ sql: String) throws -> OpaquePointer {
        if let statement = statements[sql] { return statement }
        let statement = try prepareUncached(sql)
        statements[sql] = statement
        return statement
    }

    /// The cached prepared statement for `statement`'s text, found by the number the core gave
    /// the text when it has one.
    func prepared(_ statement: SQLStatement) throws -> OpaquePointer {
        guard let textID = statement.textID?.value else { return try prepared(statement.sql) }
        if let prepared = statementsByTextID[textID] { return prepared }
        let prepared = try prepared(statement.sql)
        statementsByTextID[textID] = prepared
        return prepared
    }

    /// A new prepared statement that the caller finalizes.
    func prepareUncached(_ sql: String) throws -> OpaquePointer {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw OmmiError.sqlite(handle, code: code, sql: sql)
        }
        return statement
    }

    /// Binds the values to the statement's parameters, in order.
    func bind(_ values: [DatabaseValue], to statement: OpaquePointer, sql: String) throws {
        let expected = Int(sqlite3_bind_parameter_count(statement))
        guard expected == values.count else {
            throw OmmiError(
                .invalidQuery, "the statement takes \(expected) values, \(values.count) were given", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(statement, index)
            case .integer(let int): code = sqlite3_bind_int64(statement, index, int)
            case .real(let real): code = sqlite3_bind_double(statement, index, real)
            case .text(let text) where text.isEmpty:
                code = sqlite3_bind_text(statement, index, "", 0, ommi_sqlite_transient())
            case .text(var text):
                code = text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { characters in
                        sqlite3_bind_text(
                            statement, index, characters.baseAddress, Int32(characters.count), ommi_sqlite_transient())
                    }
                }
            case .blob(let data):
                code = data.withUnsafeBytes { bytes in
                    sqlite3_bind_blob(
                        statement, index, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count),
                        ommi_sqlite_transient())
                }
            }
            guard code == SQLITE_OK else { throw OmmiError.sqlite(handle, code: code, sql: sql) }
        }
    }

    /// Steps the statement to its end, handing each row to `visit`.
    func run(_ statement: OpaquePointer, sql: String, _ visit: (Row) throws -> Void = { _ in }) throws {
        let reader: SQLiteRowReader
        if rowReaderInUse {
            reader = SQLiteRowReader(statement: statement)
        } else {
            reader = rowReader
            reader.statement = statement
            rowReaderInUse = true
        }
        defer {
            if reader === rowReader { rowReaderInUse = false }
            sqlite3_reset(statement)
        }
        while true {
            let code = sqlite3_step(statement)
            switch code {
            case SQLITE_ROW: try visit(Row(reader: reader))
            case SQLITE_DONE: return
            default: throw OmmiError.sqlite(handle, code: code, sql: sql)
            }
        }
    }

    /// The rows of a statement run once, each as its values.
    func rows(_ sql: String, _ arguments: [DatabaseValue] = []) throws -> [[DatabaseValue]] {
        let statement = try prepareUncached(sql)
        defer { sqlite3_finalize(statement) }
        try bind(arguments, to: statement, sql: sql)
        var result: [[DatabaseValue]] = []
        try run(statement, sql: sql) { row in result.append(row.values) }
        return result
    }

    /// Runs SQL without parameters or results, such as `BEGIN` or `PRAGMA`.
    func exec(_ sql: String) throws {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw OmmiError.sqlite(handle, code: code, sql: sql) }
    }

    var changes: Int { Int(sqlite3_changes64(handle)) }

    var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }
}
