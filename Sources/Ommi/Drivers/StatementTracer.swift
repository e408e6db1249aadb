import Synchronization

/// Where a driver reports the SQL of every statement it runs: a handler set and cleared from any
/// task, for logging and for checking how many queries a piece of code makes.
public final class StatementTracer: Sendable {
    private let handler = Mutex<(@Sendable (String) -> Void)?>(nil)

    public init() {}

    /// Calls `handler` with each statement from now on; nil stops tracing.
    public func set(_ handler: (@Sendable (String) -> Void)?) {
        self.handler.withLock { $0 = handler }
    }

    /// Reports one statement.
    public func callAsFunction(_ sql: String) {
        handler.withLock { $0 }?(sql)
    }
}
