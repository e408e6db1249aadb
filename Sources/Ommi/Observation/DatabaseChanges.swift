/// The committed changes of a database, as an asynchronous sequence: one element per change
/// noticed, with the tables written through the database object and whether another connection
/// or process committed. Changes that happen while the consumer is busy are coalesced into the
/// next element. Nothing runs while no element is awaited; cancelling the awaiting task ends it.
///
/// ```swift
/// for await change in db.changes() where change.elsewhere {
///     print("another program wrote to the database")
/// }
/// ```
public struct DatabaseChanges: AsyncSequence, Sendable {
    public typealias Element = DatabaseChange
    public typealias Failure = Never

    /// How often a driver's change signal is read while an observation waits.
    public static let defaultInterval: Duration = .milliseconds(100)

    let database: Ommi
    let interval: Duration

    public func makeAsyncIterator() -> Iterator {
        Iterator(detector: ChangeDetector(database: database, tables: nil, interval: interval))
    }

    public struct Iterator: AsyncIteratorProtocol, Sendable {
        var detector: ChangeDetector
        var started = false

        public mutating func next() async -> DatabaseChange? {
            if !started {
                started = true
                await detector.start()
            }
            return await detector.next()
        }
    }
}

extension Ommi {
    /// Every committed change from now on: writes through this object, reported once per
    /// transaction when it commits (never for a rollback), and commits of other connections and
    /// processes, which the driver's change signal (``ChangeSignalling``) reveals when it is read,
    /// every `interval` while an element is awaited.
    public func changes(interval: Duration = DatabaseChanges.defaultInterval) -> DatabaseChanges {
        DatabaseChanges(database: self, interval: interval)
    }
}
