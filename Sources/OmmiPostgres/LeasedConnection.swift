#if PostgreSQL
import PostgresNIO

/// A connection taken from the pool for longer than one call: a transaction's from its `BEGIN`
/// to its end, a cursor's while it is read.
///
/// postgres-nio lends a connection only for the length of a closure, so a task of its own holds
/// that closure open until ``release()``, which returns the connection and waits until the pool
/// has it back (the next statement then finds it idle instead of opening another).
final class LeasedConnection: Sendable {
    let connection: PostgresConnection
    private let returned: AsyncStream<Void>.Continuation
    private let holder: Task<Void, Never>

    private init(connection: PostgresConnection, returned: AsyncStream<Void>.Continuation, holder: Task<Void, Never>) {
        self.connection = connection
        self.returned = returned
        self.holder = holder
    }

    /// Waits for a connection of `client`'s pool and keeps it until ``release()``.
    ///
    /// - Throws: the pool's error when it cannot lend one (the server is gone, the pool is shut
    ///   down), or `CancellationError` when the task is cancelled while it waits.
    static func take(from client: PostgresClient) async throws -> LeasedConnection {
        let (lent, lend) = AsyncThrowingStream<PostgresConnection, any Error>.makeStream()
        let (returning, returned) = AsyncStream<Void>.makeStream()
        let holder = Task {
            do {
                try await client.withConnection { connection in
                    lend.yield(connection)
                    for await _ in returning {}
                }
                lend.finish()
            } catch {
                lend.finish(throwing: error)
            }
        }
        for try await connection in lent {
            return LeasedConnection(connection: connection, returned: returned, holder: holder)
        }
        // Cancelled while waiting: a connection lent after this goes straight back.
        returned.finish()
        holder.cancel()
        throw CancellationError()
    }

    /// Gives the connection back to the pool; it cannot be used afterwards.
    func release() async {
        returned.finish()
        await holder.value
    }
}
#endif
