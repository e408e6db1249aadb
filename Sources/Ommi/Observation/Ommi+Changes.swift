extension Ommi {
    /// Notes that a write through this database object changed `table`: observers hear of it when
    /// the transaction around the write commits, or at once for a write outside any transaction.
    func wrote(_ table: String) {
        let name = table.lowercased()
        if let pending = PendingWrites.open.last(where: { $0.hub === changeHub }) {
            pending.add(name)
        } else {
            changeHub.publish([name])
        }
    }

    /// Runs `run`, the outermost transaction of this database object or one nested in it, so
    /// that the writes it makes reach observers once, when the outermost transaction commits.
    /// `run` says whether the transaction was rolled back on request.
    func collectingWrites<Result>(_ run: () async throws -> (Result, rolledBack: Bool)) async throws -> Result {
        if PendingWrites.open.contains(where: { $0.hub === changeHub }) { return try await run().0 }
        let pending = PendingWrites(hub: changeHub)
        do {
            let (result, rolledBack) = try await PendingWrites.$open.withValue(PendingWrites.open + [pending]) {
                try await run()
            }
            pending.close(committed: !rolledBack)
            return result
        } catch {
            pending.close(committed: false)
            throw error
        }
    }
}
