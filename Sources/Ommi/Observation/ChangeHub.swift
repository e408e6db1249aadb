import Synchronization

/// Where a database object keeps count of the commits made through it, by table, and wakes the
/// observers that wait for one.
///
/// Each commit gets the next sequence number, and every table it wrote remembers the number of
/// the last commit that wrote it; an observer that read at sequence `n` asks which of its
/// tables were written after `n`.
final class ChangeHub: Sendable {
    private let state = Mutex(State())

    private struct State {
        var sequence: UInt64 = 0
        var lastWrite: [String: UInt64] = [:]
        var waiters: [UInt64: CheckedContinuation<Void, Never>] = [:]
        /// Waits whose task was cancelled before they were registered.
        var cancelled: Set<UInt64> = []
        var nextWaiter: UInt64 = 0
    }

    /// The number of the last commit.
    var sequence: UInt64 { state.withLock { $0.sequence } }

    /// Records one commit that wrote `tables` and wakes every observer waiting for a commit.
    func publish(_ tables: Set<String>) {
        guard !tables.isEmpty else { return }
        let woken = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.sequence += 1
            for table in tables { state.lastWrite[table] = state.sequence }
            defer { state.waiters = [:] }
            return Array(state.waiters.values)
        }
        for continuation in woken { continuation.resume() }
    }

    /// The tables among `tables` (any table when nil) written after commit `seen`; moves `seen`
    /// to the last commit.
    func tables(writtenAfter seen: inout UInt64, among tables: Set<String>?) -> Set<String> {
        let (written, sequence) = state.withLock { state in
            (state.lastWrite.filter { $0.value > seen }.keys, state.sequence)
        }
        seen = sequence
        guard let tables else { return Set(written) }
        return Set(written.filter(tables.contains))
    }

    /// Returns once a commit later than `seen` is recorded, or the task is cancelled.
    func wait(after seen: UInt64) async {
        let id = state.withLock { state in
            state.nextWaiter += 1
            return state.nextWaiter
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let now = state.withLock { state in
                    if state.sequence > seen || state.cancelled.remove(id) != nil { return true }
                    state.waiters[id] = continuation
                    return false
                }
                if now { continuation.resume() }
            }
        } onCancel: {
            let waiting = state.withLock { state in
                guard let waiter = state.waiters.removeValue(forKey: id) else {
                    state.cancelled.insert(id)
                    return CheckedContinuation<Void, Never>?.none
                }
                return waiter
            }
            waiting?.resume()
        }
        state.withLock { _ = $0.cancelled.remove(id) }
    }
}
