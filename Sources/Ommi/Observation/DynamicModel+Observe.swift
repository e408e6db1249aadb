extension DynamicModel {
    /// The rows `query` selects, now and again after every committed change that can affect
    /// them, as ``Query/observe(interval:)`` does for typed models.
    public func observe(_ query: SelectQuery, interval: Duration = DatabaseChanges.defaultInterval)
        -> QueryObservation<[DynamicRow]>
    {
        let model = self
        return QueryObservation(
            database: database, tables: Set(query.catalog.schemas.map(\.tableName) + [schema.tableName]),
            interval: interval, read: { try await model.rows(query) }, same: ==)
    }

    /// The rows that match, in order, within the window, now and again after every committed
    /// change that can affect them.
    public func observe(
        where condition: Condition? = nil, order: [SortKey] = [], limit: Int? = nil, offset: Int? = nil,
        interval: Duration = DatabaseChanges.defaultInterval
    ) -> QueryObservation<[DynamicRow]> {
        observe(query(where: condition, order: order, limit: limit, offset: offset), interval: interval)
    }
}
