#if PostgreSQL
import Ommi

/// PostgreSQL's change signal: the server's current snapshot (`pg_current_snapshot()`, the
/// oldest running transaction, the next transaction id and those in progress). It changes
/// whenever a transaction that writes starts or ends anywhere on the server, so a commit by any
/// client is seen by the next read; it reads no table and needs neither triggers nor rights,
/// which LISTEN/NOTIFY would (every writer would have to notify). Other databases of the same
/// server change it too: an observer then reads once more and finds an equal result.
extension PostgresDriver: ChangeSignalling {
    /// The server's current snapshot as text, which differs whenever a write transaction started or
    /// ended since it was last read.
    public func changeToken() async throws -> ChangeToken? {
        let rows = try await withConnection(Self.snapshot) { connection in
            try await statements.rows(Self.snapshot, [], on: connection)
        }
        guard let first = rows.first else {
            throw OmmiError(.driver, "the server returned no snapshot", sql: Self.snapshot)
        }
        return ChangeToken("\(Row(reader: PostgresRowReader(first)).value(at: 0))")
    }

    private static let snapshot = "SELECT pg_current_snapshot()::text"
}
#endif
