import Synchronization

/// Where a driver reports the SQL of every statement it runs: a handler set and cleared from any
/// task, for logging and for checking how many queries a piece of code makes.
public final class StatementTracer: Sendable {
    /// The handler, held in a struct so that reading it under the lock takes it as it is: a
    /// closure held directly in the lock's generic storage would be wrapped in a conversion thunk
    /// each time it is read back, so that every statement traced made the next one slower.
    private struct Handler {
        let report: @Sendable (String) -> Void
    }

    private let handler = Mutex<Handler?>(nil)
    /// Whether a handler is set, read without the lock: most statements run with none, and
    /// taking the lock for each was a measurable part of a lookup by key.
    private let isSet = Atomic<Bool>(false)

    /// A tracer with no handler.
    public init() {}

    /// Calls `handler` with each statement from now on; nil stops tracing.
    public func set(_ handler: (@Sendable (String) -> Void)?) {
        let stored = handler.map(Handler.init)
        self.handler.withLock { handler in
            handler = stored
            isSet.store(stored != nil, ordering: .releasing)
        }
    }

    /// Reports one statement.
    public func callAsFunction(_ sql: String) {
        guard isSet.load(ordering: .acquiring) else { return }
        handler.withLock { $0 }?.report(sql)
    }
}
