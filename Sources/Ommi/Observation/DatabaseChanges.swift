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
    /// Each element is one change, or several coalesced.
    public typealias Element = DatabaseChange
    /// The sequence never fails: a signal that cannot be read now is read again at the next interval.
    public typealias Failure = Never

    /// How often a driver's change signal is read while an observation waits.
    public static let defaultInterval: Duration = .milliseconds(100)

    /// Watches from the state the database was in when the sequence was made.
    let detector: ChangeDetector

    /// An iterator that waits from the state the sequence was made in.
    public func makeAsyncIterator() -> Iterator {
        Iterator(detector: detector)
    }

    /// Waits for the next change, reading the driver's signal only while awaited.
    public struct Iterator: AsyncIteratorProtocol, Sendable {
        var detector: ChangeDetector

        /// The next change since the last one returned; nil once the awaiting task is cancelled.
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
