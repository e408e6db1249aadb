/// Admits one transaction at a time to a single connection and lets other work wait for it.
///
/// A connection that runs a transaction must not run another task's statements in the middle
/// of it. Drivers keep the owner's token in a task local (``current``); statements of the owning
/// task pass straight through, others wait here until the transaction ends.
public actor TransactionGate {
    /// The transaction the current task is running, for the connection of `gate`.
    public struct Token: Sendable, Equatable {
        public let gate: ObjectIdentifier
        let id: UInt64
    }

    @TaskLocal public static var current: [Token] = []

    private var owner: UInt64?
    private var nextID: UInt64 = 0
    private var transactionWaiters: [(UInt64, CheckedContinuation<Void, Never>)] = []
    private var idleWaiters: [CheckedContinuation<Void, Never>] = []

    public init() {}

    /// The token of this gate held by the current task, if it runs a transaction on it.
    public nonisolated func heldToken() -> Token? {
        Self.current.last { $0.gate == ObjectIdentifier(self) }
    }

    /// Waits until no other transaction runs, then makes the caller the owner.
    public func acquire() async -> Token {
        nextID += 1
        let id = nextID
        if owner == nil {
            owner = id
        } else {
            await withCheckedContinuation { continuation in transactionWaiters.append((id, continuation)) }
        }
        return Token(gate: ObjectIdentifier(self), id: id)
    }

    /// Ends the caller's ownership and admits the next transaction, or every waiting statement.
    public func release() {
        if transactionWaiters.isEmpty {
            owner = nil
            let waiters = idleWaiters
            idleWaiters = []
            for waiter in waiters { waiter.resume() }
        } else {
            let (id, continuation) = transactionWaiters.removeFirst()
            owner = id
            continuation.resume()
        }
    }

    /// Returns once no transaction owns the connection (it may start again right after).
    public func waitUntilIdle() async {
        if owner == nil { return }
        await withCheckedContinuation { continuation in idleWaiters.append(continuation) }
    }
}
