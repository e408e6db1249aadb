/// A driver that can tell, cheaply, that other connections or processes committed changes to
/// its database, so that observations (``Query/observe(interval:)``, ``Ommi/changes(interval:)``)
/// follow them as well as the writes made through the database object itself.
///
/// Observers read ``changeToken()`` at a small interval while they wait; a token that differs
/// from the last one read means another connection committed. Reading it must read no table,
/// so that an observed database that nothing changes costs next to nothing.
public protocol ChangeSignalling: Driver {
    /// A value that differs after every commit made by another connection or process; nil when
    /// no other connection can reach the database (an in-memory SQLite database), and then
    /// observers never ask again.
    func changeToken() async throws -> ChangeToken?
}

/// The state of a database as a driver's change signal sees it: two tokens differ when another
/// connection committed between the reads that gave them.
public struct ChangeToken: Sendable, Hashable {
    let text: String

    /// A token made of the driver's own signal, such as SQLite's `data_version` or PostgreSQL's
    /// current snapshot.
    public init(_ text: String) {
        self.text = text
    }
}
