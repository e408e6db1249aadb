#if PostgreSQL
import Foundation
import Ommi
import OmmiPostgres
import PostgresServer
import Testing

/// A statement that waits for another session's lock gives up after the configuration's lock
/// timeout, as busy, having changed nothing.
@Suite struct LockTimeoutTests {
    @Test("a write that finds the row locked elsewhere fails as busy after lockTimeout, and changes nothing")
    func aLockedRowFailsAfterTheTimeout() async throws {
        let database = try await PostgresServer.createDatabase()
        let holder = try await database.connect()
        try await holder.execute(SQLStatement("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"))
        try await holder.execute(SQLStatement("INSERT INTO t VALUES (1, 0)"))
        var settings = database.configuration
        settings.lockTimeout = .milliseconds(300)
        let waiting = try await PostgresDriver.connect(settings)
        let released = try await holdingRow(holder) {
            let error = await #expect(throws: OmmiError.self) {
                try await waiting.execute(SQLStatement("UPDATE t SET n = 2 WHERE id = 1"))
            }
            #expect(error?.kind == .busy)
        }
        #expect(released == [[.integer(0)]])
        await waiting.close()
        await holder.close()
        try await database.drop()
    }

    /// Runs `body` while `holder` has row 1 of `t` locked by an uncommitted update, then rolls the
    /// update back; returns the row's `n` as stored afterwards.
    private func holdingRow(_ holder: PostgresDriver, _ body: @Sendable () async throws -> Void) async throws
        -> [[DatabaseValue]]
    {
        do {
            try await holder.transaction {
                try await holder.execute(SQLStatement("UPDATE t SET n = 1 WHERE id = 1"))
                try await body()
                throw CancellationError()
            }
        } catch is CancellationError {}
        var rows: [[DatabaseValue]] = []
        try await holder.query(SQLStatement("SELECT n FROM t WHERE id = 1")) { rows.append($0.values) }
        return rows
    }
}
#endif
