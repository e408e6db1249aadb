import Foundation

/// The connection behind a lock: the only way the driver reaches it.
final class ConnectionLock: @unchecked Sendable {
    private let lock = NSLock()
    private let connection: SQLiteConnection
    /// Whether a transaction of the driver's gate is open on the connection; statements of other
    /// tasks wait for it to end.
    private var transactionOpen = false

    init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    func withLock<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(connection)
    }

    /// Runs `body` unless a transaction is open; nil when one is.
    func withLockOutsideTransaction<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T? {
        lock.lock()
        defer { lock.unlock() }
        return transactionOpen ? nil : try body(connection)
    }

    /// Runs `body` and marks the transaction open or closed, in one step under the lock.
    func withLock(settingTransactionOpen open: Bool, _ body: (SQLiteConnection) throws -> Void) rethrows {
        lock.lock()
        defer { lock.unlock() }
        try body(connection)
        transactionOpen = open
    }
}
