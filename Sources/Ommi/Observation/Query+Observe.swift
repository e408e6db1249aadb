extension Query {
    /// The models the query selects, now and again after every committed change that can
    /// affect them: writes through this database to the tables the query reads (after their
    /// transaction commits), and commits of other connections and processes, which the driver's
    /// change signal reveals, read every `interval` while waiting.
    ///
    /// ```swift
    /// for try await drafts in db.find(Post.published == false).sorted(by: Post.title).observe() {
    ///     show(drafts)
    /// }
    /// ```
    ///
    /// Consecutive equal results are not repeated, a burst of commits yields one result, and
    /// cancelling the task (or leaving the loop) stops all work. See ``QueryObservation``.
    public func observe(interval: Duration = DatabaseChanges.defaultInterval) -> QueryObservation<[M]> {
        let query = self
        return QueryObservation(
            database: database, tables: Set(database.catalog(of: models).schemas.map(\.tableName)),
            interval: interval, read: { try await query.all() },
            same: { $0.map(\.databaseValues) == $1.map(\.databaseValues) })
    }
}
