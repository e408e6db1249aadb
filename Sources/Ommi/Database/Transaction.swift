import Synchronization

/// A running transaction, handed to a body that may decide to discard its work:
///
/// ```swift
/// try await db.transaction { transaction in
///     try await db.add(order)
///     if try await !stockSuffices() { transaction.rollback() }
/// }
/// ```
public final class Transaction: Sendable {
    private let rollbackRequested = Mutex(false)

    init() {}

    /// Discards every change the transaction makes, once its body returns, instead of committing.
    /// Inside another transaction only this one (a savepoint) is discarded.
    public func rollback() {
        rollbackRequested.withLock { $0 = true }
    }

    /// Whether ``rollback()`` was called.
    public var isRolledBack: Bool {
        rollbackRequested.withLock { $0 }
    }
}

extension Ommi {
    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws (the
    /// error is rethrown). Nested calls are savepoints: a failing inner one rolls back only itself.
    ///
    /// Child tasks of `body` (a task group, `async let`) run their statements inside the
    /// transaction one at a time; a transaction a child starts is a savepoint of its own, and
    /// sibling savepoints run one after another, so each rolls back exactly its own work. A
    /// cancelled transaction commits nothing. See `Driver.transaction` for the exact rules.
    @discardableResult
    public func transaction<Result: Sendable>(_ body: @Sendable () async throws -> Result) async throws -> Result {
        try await transaction { (_: Transaction) in try await body() }
    }

    /// Runs `body` in a transaction it can end by hand: committed when it returns, unless it
    /// called `transaction.rollback()`, in which case its changes are discarded and its result is
    /// still returned. A thrown error rolls back and is rethrown, as in a transaction without a
    /// handle; nested calls are savepoints.
    @discardableResult
    public func transaction<Result: Sendable>(_ body: @Sendable (Transaction) async throws -> Result) async throws
        -> Result
    {
        // Observers hear of the transaction's writes once, when it commits (see `changes`).
        try await collectingWrites {
            try await driver.transaction { transaction in
                (try await body(transaction), rolledBack: transaction.isRolledBack)
            }
        }
    }
}
