import Synchronization

/// Gives the tasks that share one connection their turns on it, so that a transaction never
/// sees another task's statements in the middle of it and nested transactions stay exact.
///
/// Every statement a driver runs, and every step of a transaction, takes a turn here
/// (``withTurn(_:)``). A turn belongs to a *scope*: no transaction, or one open transaction or
/// savepoint. The scope of a task is the innermost transaction of this connection that the task,
/// or the task it was started from, runs (task locals pass to child tasks). The rules:
///
/// - One turn at a time: statements run one after another on the connection, never interleaved,
///   whichever tasks send them.
/// - A turn is given only when the connection's innermost open transaction is the asker's scope.
///   Statements from outside any transaction wait while one runs; statements of child tasks of a
///   transaction's body run inside it, one at a time.
/// - A nested transaction (a savepoint, uniquely named) opens only when its enclosing one is the
///   innermost, and then stays the innermost until it ends. So while a child task's savepoint is
///   open, its siblings' statements and savepoints wait: savepoint bodies of sibling tasks are
///   serialised, and a savepoint that rolls back discards exactly its own work.
/// - An unstructured task (`Task {}`) that outlives the transaction it was started in works
///   outside any transaction from then on.
///
/// A body that waits for a sibling's database work while holding a savepoint open would wait for
/// ever; savepoints are meant to enclose their own work.
public final class TransactionGate: Sendable {
    /// The transactions the current task runs, outermost first, on any connection.
    @TaskLocal static var scopes: [TransactionScope] = []

    private let state = Mutex(State())

    /// A gate with no transaction open.
    public init() {}

    private struct State {
        /// The innermost open transaction or savepoint; nil when no transaction runs.
        var innermost: TransactionScope?
        /// Whether a turn is being taken now.
        var busy = false
        var waiters: [Waiter] = []
        /// The number of the last savepoint opened, so every savepoint name is new.
        var savepoints: UInt64 = 0

        /// The scope a task whose own scope is `scope` works in: that scope while it is open,
        /// otherwise none (an unstructured task that outlived the transaction it started in).
        func effective(_ scope: TransactionScope?) -> TransactionScope? {
            var open = innermost
            while let candidate = open {
                if candidate === scope { return candidate }
                open = candidate.parent
            }
            return nil
        }

        func admits(_ scope: TransactionScope?) -> Bool {
            !busy && effective(scope) === innermost
        }
    }

    private struct Waiter {
        let scope: TransactionScope?
        let continuation: CheckedContinuation<Void, Never>
    }

    /// Runs `work` with the connection to itself, in the current task's scope: inside the
    /// task's transaction, or once no transaction runs. Drivers run every statement through here.
    ///
    /// - Throws: `CancellationError` without running `work` when the task is cancelled inside a
    ///   transaction (which can then only roll back).
    public func withTurn<T>(_ work: () async throws -> T) async throws -> T {
        let scope = await acquire(taskScope)
        defer { release() }
        if scope != nil { try Task.checkCancellation() }
        return try await work()
    }

    /// Whether the current task runs inside a transaction of this connection, so that its
    /// statements must run on the connection that holds it.
    package var currentTaskIsInTransaction: Bool { taskScope != nil }

    /// The innermost transaction of this connection that the current task runs, if any.
    var taskScope: TransactionScope? {
        Self.scopes.last { $0.gate == ObjectIdentifier(self) }
    }

    /// Waits for a turn in `scope`; returns the scope the turn was given in.
    func acquire(_ scope: TransactionScope?) async -> TransactionScope? {
        let admitted = state.withLock { state -> TransactionScope?? in
            guard state.admits(scope) else { return .none }
            state.busy = true
            return .some(state.innermost)
        }
        if case .some(let given) = admitted { return given }
        await withCheckedContinuation { continuation in
            let now = state.withLock { state in
                guard state.admits(scope) else {
                    state.waiters.append(Waiter(scope: scope, continuation: continuation))
                    return false
                }
                state.busy = true
                return true
            }
            if now { continuation.resume() }
        }
        // The turn is this task's now: nothing changes the innermost scope until it ends.
        return state.withLock { $0.innermost }
    }

    /// Ends a turn and hands the connection to the first waiter that may now run.
    func release() {
        handOver { _ in }
    }

    /// Ends a turn that opened or closed a scope, leaving `innermost` the innermost open one.
    func release(setting innermost: TransactionScope?) {
        handOver { $0.innermost = innermost }
    }

    private func handOver(_ change: (inout State) -> Void) {
        let next = state.withLock { state -> CheckedContinuation<Void, Never>? in
            change(&state)
            state.busy = false
            guard let index = state.waiters.firstIndex(where: { state.admits($0.scope) }) else { return nil }
            state.busy = true
            return state.waiters.remove(at: index).continuation
        }
        next?.resume()
    }

    /// A new scope inside `parent` (or an outermost one), with a savepoint name no other scope of
    /// this connection had.
    func scope(inside parent: TransactionScope?) -> TransactionScope {
        guard let parent else { return TransactionScope(gate: ObjectIdentifier(self), parent: nil, savepoint: nil) }
        let number = state.withLock { state in
            state.savepoints += 1
            return state.savepoints
        }
        return TransactionScope(gate: ObjectIdentifier(self), parent: parent, savepoint: "ommi_savepoint_\(number)")
    }
}

/// One open transaction (``savepoint`` nil) or savepoint of a connection.
final class TransactionScope: Sendable {
    let gate: ObjectIdentifier
    let parent: TransactionScope?
    let savepoint: String?

    init(gate: ObjectIdentifier, parent: TransactionScope?, savepoint: String?) {
        self.gate = gate
        self.parent = parent
        self.savepoint = savepoint
    }
}
