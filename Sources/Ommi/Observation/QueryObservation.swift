/// A result followed as the database changes: the result now, then a fresh one after each
/// committed change that can affect it (see ``Query/observe(interval:)``).
///
/// - Consecutive equal results are not repeated.
/// - Changes that happen while the consumer is busy are coalesced: it is read once, when the
///   next element is awaited, so a burst of commits yields one result, not one per commit.
/// - Nothing runs while no element is awaited; cancelling the awaiting task ends the sequence
///   (`next()` returns nil), and so does leaving the loop.
public struct QueryObservation<Value: Sendable>: AsyncSequence, Sendable {
    /// Each element is a whole result, read after the change that made it differ.
    public typealias Element = Value
    /// A read that fails ends the sequence with its error.
    public typealias Failure = any Error

    let database: Ommi
    let tables: Set<String>?
    let interval: Duration
    let read: @Sendable () async throws -> Value
    let same: @Sendable (Value, Value) -> Bool

    /// An iterator whose first element is the result as it is now.
    public func makeAsyncIterator() -> Iterator {
        Iterator(
            detector: ChangeDetector(database: database, tables: tables, interval: interval), read: read, same: same)
    }

    /// Reads the result now, then again after each change that can affect it.
    public struct Iterator: AsyncIteratorProtocol, Sendable {
        var detector: ChangeDetector
        let read: @Sendable () async throws -> Value
        let same: @Sendable (Value, Value) -> Bool
        var last: Value?
        var started = false

        /// The next different result; nil once the task is cancelled.
        ///
        /// - Throws: the error of a read that failed (a dropped table, a lost connection).
        public mutating func next() async throws -> Value? {
            if !started {
                started = true
                await detector.start()
            } else if await detector.next() == nil {
                return nil
            }
            while true {
                let value: Value
                do {
                    value = try await read()
                } catch  where Task.isCancelled {
                    return nil
                }
                if let last, same(last, value) {
                    guard await detector.next() != nil else { return nil }
                    continue
                }
                last = value
                return value
            }
        }
    }
}
