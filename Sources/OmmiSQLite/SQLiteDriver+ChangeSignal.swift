import Ommi

/// SQLite's change signal: `PRAGMA data_version` on the driver's own connection, whose value
/// changes exactly when another connection (of this process or another one) commits, and not
/// for this connection's own commits, which the core reports by table itself. The pragma reads
/// the database header, never a table, so polling an unchanged file costs a few microseconds.
extension SQLiteDriver: ChangeSignalling {
    /// The connection's `data_version`; nil in memory, where no other connection can write.
    public func changeToken() async throws -> ChangeToken? {
        guard path != nil else { return nil }
        return try await withConnection { connection in
            let prepared = try connection.prepared(Self.dataVersion)
            var version: DatabaseValue = .null
            try connection.run(prepared, sql: Self.dataVersion) { row in version = row.value(at: 0) }
            return ChangeToken("\(version)")
        }
    }

    private static let dataVersion = "PRAGMA data_version"
}
