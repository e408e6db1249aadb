import CSQLite
import Foundation
import Synchronization

/// The connection behind a lock: the only way the driver reaches it.
///
/// Every use of the connection happens under this lock, cursors that go away included, so row
/// values may be read through SQLite's unprotected `sqlite3_value` interface (one library mutex
/// per column instead of one per call).
final class ConnectionLock: @unchecked Sendable {
    private let lock = NSLock()
    private var connection: SQLiteConnection
    /// Statements of cursors that went away while the lock was taken, finalized by the next user.
    private let retired = Mutex<[RetiredStatement]>([])
    private let retiredCount = Atomic<Int>(0)

    init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    deinit {
        for statement in retired.withLock({ $0 }) { sqlite3_finalize(statement.pointer) }
    }

    func withLock<T>(_ body: (SQLiteConnection) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        finalizeRetired()
        return try body(connection)
    }

    /// Puts `replacement` in the place of the connection, once no one uses it; the old one
    /// closes when the statements of its cursors are finalized.
    func replace(with replacement: SQLiteConnection) {
        lock.lock()
        defer { lock.unlock() }
        finalizeRetired()
        connection = replacement
    }

    /// Finalizes the statement of a cursor that went away: at once when the connection is free,
    /// otherwise (the lock is taken, perhaps by the very thread releasing the cursor) by the next
    /// call that takes the lock. Never waits, so it is safe from any `deinit`.
    func finalize(_ statement: OpaquePointer) {
        if lock.try() {
            sqlite3_finalize(statement)
            finalizeRetired()
            lock.unlock()
        } else {
            retired.withLock { $0.append(RetiredStatement(pointer: statement)) }
            retiredCount.add(1, ordering: .releasing)
        }
    }

    /// Called with the lock held.
    private func finalizeRetired() {
        guard retiredCount.load(ordering: .acquiring) > 0 else { return }
        let statements = retired.withLock { statements in
            defer { statements = [] }
            return statements
        }
        retiredCount.subtract(statements.count, ordering: .releasing)
        for statement in statements { sqlite3_finalize(statement.pointer) }
    }
}

/// A statement handed from a cursor's `deinit` to the thread that next holds the lock.
private struct RetiredStatement: @unchecked Sendable {
    let pointer: OpaquePointer
}
