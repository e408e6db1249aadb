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
    /// Runs `body` in a transaction it can end by hand: committed when it returns, unless it
    /// called `transaction.rollback()`, in which case its changes are discarded and its result is
    /// still returned. A thrown error rolls back and is rethrown, as in a transaction without a
    /// handle; nested calls are savepoints.
    @discardableResult
    public func transaction<Result: Sendable>(_ body: @Sendable (Transaction) async throws -> Result) async throws
        -> Result
    {
        let transaction = Transaction()
        do {
            return try await driver.transaction {
                let result = try await body(transaction)
                if transaction.isRolledBack { throw RollbackRequest(transaction: transaction, result: result) }
                return result
            }
        } catch let request as RollbackRequest<Result> where request.transaction === transaction {
            return request.result
        }
    }
}

/// Carries the result of a body that asked for a rollback out of the driver's transaction, whose
/// only way to roll back is an error.
private struct RollbackRequest<Result: Sendable>: Error {
    let transaction: Transaction
    let result: Result
}
