import Synchronization

/// The tables an outermost transaction of one database object wrote so far: published to the
/// database's observers once, when it commits, and never when it rolls back.
final class PendingWrites: Sendable {
    let hub: ChangeHub
    private let state = Mutex<(tables: Set<String>, closed: Bool)>(([], false))

    /// The pending writes of the transactions the current task runs, one per database object.
    @TaskLocal static var open: [PendingWrites] = []

    init(hub: ChangeHub) {
        self.hub = hub
    }

    /// Notes that `table` was written; once the transaction ended (a task that outlived it), the
    /// write committed on its own and is published at once.
    func add(_ table: String) {
        let published = state.withLock { state in
            if !state.closed { state.tables.insert(table) }
            return state.closed
        }
        if published { hub.publish([table]) }
    }

    /// Ends the transaction: publishes its tables when it committed.
    func close(committed: Bool) {
        let tables = state.withLock { state in
            state.closed = true
            return state.tables
        }
        if committed { hub.publish(tables) }
    }
}
