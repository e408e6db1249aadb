/// The committed changes of a database since the sequence was made, as an asynchronous sequence:
/// one element per change noticed, with the tables written through the database object and
/// whether another connection or process committed. Changes that happen while the consumer is
/// busy are coalesced into the next element. Nothing runs while no element is awaited;
/// cancelling the awaiting task ends it.
///
/// ```swift
/// for await change in await db.changes() where change.elsewhere {
///     print("another program wrote to the database")
/// }
/// ```
public struct DatabaseChanges: AsyncSequence, Sendable {
    public typealias Element = DatabaseChange
    public typealias Failure = Never

    /// How often a driver's change signal is read while an observation waits.
    public static let defaultInterval: Duration = .milliseconds(100)

    /// Watches from the state the database was in when the sequence was made.
    let detector: ChangeDetector

    public func makeAsyncIterator() -> Iterator {
        Iterator(detector: detector)
    }

    public struct Iterator: AsyncIteratorProtocol, Sendable {
        var detector: ChangeDetector

        public mutating func next() async -> DatabaseChange? {
            await detector.next()
        }
    }
}

extension Ommi {
    /// Every committed change from the moment this returns: writes through this object,
    /// reported once per transaction when it commits (never for a rollback), and commits of other
    /// connections and processes, which the driver's change signal (``ChangeSignalling``) reveals
    /// when it is read, every `interval` while an element is awaited. It reads the signal once,
    /// so that no commit made after it returns goes unnoticed.
    public func changes(interval: Duration = DatabaseChanges.defaultInterval) async -> DatabaseChanges {
        var detector = ChangeDetector(database: self, tables: nil, interval: interval)
        await detector.start()
        return DatabaseChanges(detector: detector)
    }
}
