import CSQLite
import Synchronization

/// Read-only connections to a file in WAL mode, beside the driver's one writer: each read outside
/// a transaction takes a free one, so reads of many tasks run in parallel and never wait for a
/// write (WAL lets readers see the last committed state while a writer works).
final class ReaderPool: Sendable {
    private let connections: [ConnectionLock]
    private let state: Mutex<State>

    private struct State {
        var free: [Int]
        var waiters: [CheckedContinuation<Int, Never>] = []
    }

    init(_ connections: [ConnectionLock]) {
        self.connections = connections
        self.state = Mutex(State(free: Array(connections.indices)))
    }

    /// Puts `replacements` in the place of the readers' connections, one each, each once the
    /// read it is in has ended.
    func replace(with replacements: [SQLiteConnection]) {
        for (reader, replacement) in zip(connections, replacements) { reader.replace(with: replacement) }
    }

    /// Runs `body` with a free reader, waiting for one when all are busy.
    func withReader<T>(_ body: (ConnectionLock) throws -> T) async throws -> T {
        let index = await acquire()
        defer { release(index) }
        return try body(connections[index])
    }

    private func acquire() async -> Int {
        if let index = state.withLock({ $0.free.popLast() }) { return index }
        return await withCheckedContinuation { continuation in
            let index = state.withLock { state -> Int? in
                if let index = state.free.popLast() { return index }
                state.waiters.append(continuation)
                return nil
            }
            if let index { continuation.resume(returning: index) }
        }
    }

    /// Hands the reader to the first waiting task, or back to the free ones.
    private func release(_ index: Int) {
        let waiter = state.withLock { state -> CheckedContinuation<Int, Never>? in
            guard !state.waiters.isEmpty else {
                state.free.append(index)
                return nil
            }
            return state.waiters.removeFirst()
        }
        waiter?.resume(returning: index)
    }
}
