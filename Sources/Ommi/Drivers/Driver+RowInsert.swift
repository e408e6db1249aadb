extension Driver {
    /// Runs the one-row `INSERT` once per row, prepared once: the insert of a driver that has no
    /// faster way.
    public func insert(_ insert: RowInsert, _ visit: ((Int, Row) throws -> Void)?) async throws {
        try await executeBatch(insert.sql, insert.rows, visit)
    }
}
