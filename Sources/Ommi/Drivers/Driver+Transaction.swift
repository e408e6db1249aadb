/// The one transaction mechanism of every driver: the driver runs the steps, the core decides
/// which and when.
extension Driver {
    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws (the
    /// error is rethrown). A transaction inside another is a savepoint that rolls back only itself.
    ///
    /// Under structured concurrency the transaction is exact:
    /// - child tasks of `body` run their statements inside it, one at a time;
    /// - a transaction a child task starts is a savepoint of its own, which rolls back exactly its
    ///   own work when its body throws, whatever its siblings do; while it is open, its siblings'
    ///   statements and savepoints wait for it to end (see ``TransactionGate``);
    /// - a transaction whose task is cancelled commits nothing: its statements throw
    ///   `CancellationError`, and if the body returns anyway it is rolled back and
    ///   `CancellationError` is thrown.
    @discardableResult
    public func transaction<Result: Sendable>(_ body: @Sendable () async throws -> Result) async throws -> Result {
        try await transaction { _ in try await body() }
    }

    /// Runs `body` in a transaction it can end by hand: committed when it returns, unless it
    /// called `transaction.rollback()`, in which case its changes are discarded and its result is
    /// still returned. Otherwise as the transaction without a handle.
    @discardableResult
    public func transaction<Result: Sendable>(_ body: @Sendable (Transaction) async throws -> Result) async throws
        -> Result
    {
        let scope = try await open()
        let transaction = Transaction()
        let result: Result
        do {
            result = try await TransactionGate.$scopes.withValue(TransactionGate.scopes + [scope]) {
                try await body(transaction)
            }
        } catch {
            await rollBack(scope)
            throw error
        }
        if transaction.isRolledBack {
            await rollBack(scope)
        } else {
            try await commit(scope)
        }
        return result
    }

    /// Opens a transaction in the current task's scope: the outermost one, or a savepoint of the
    /// innermost open one.
    private func open() async throws -> TransactionScope {
        let parent = await gate.acquire(gate.taskScope)
        let scope = gate.scope(inside: parent)
        do {
            try Task.checkCancellation()
            try await perform(scope.savepoint.map(TransactionStep.savepoint) ?? .begin)
        } catch {
            gate.release()
            throw error
        }
        gate.release(setting: scope)
        return scope
    }

    /// Keeps the scope's work (a commit, or a savepoint's release) and closes the scope. A step the
    /// database refuses, or a cancelled task, rolls the work back instead and throws.
    private func commit(_ scope: TransactionScope) async throws {
        _ = await gate.acquire(scope)
        defer { gate.release(setting: scope.parent) }
        do {
            try Task.checkCancellation()
            try await perform(scope.savepoint.map(TransactionStep.releaseSavepoint) ?? .commit)
        } catch {
            await discard(scope)
            throw error
        }
    }

    /// Discards the scope's work and closes the scope.
    private func rollBack(_ scope: TransactionScope) async {
        _ = await gate.acquire(scope)
        defer { gate.release(setting: scope.parent) }
        await discard(scope)
    }

    /// Rolls back the scope's work. A failure here leaves nothing more to undo: SQLite may have
    /// rolled back already, and a broken connection keeps no transaction.
    private func discard(_ scope: TransactionScope) async {
        if let savepoint = scope.savepoint {
            try? await perform(.rollbackToSavepoint(savepoint))
            try? await perform(.releaseSavepoint(savepoint))
        } else {
            try? await perform(.rollback)
        }
    }
}
