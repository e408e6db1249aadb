/// Aggregates of the rows a query selects, each computed by the database in one statement, so
/// they honour the query's filters (conditions on related models included) and its window:
/// `try await db.find(Book.authorID == 3).sum(Book.price)`.
///
/// Over no rows (or only NULLs) `sum`, `average`, `min` and `max` are nil.
extension Query {
    /// The total of a field over the selected rows, in the field's type.
    public func sum<Value: SummableValue>(_ field: Field<M, Value>) async throws -> Value? {
        try await aggregate(.sum, of: field.column, as: Value.self)
    }

    /// The total of an optional field over the selected rows, NULLs left out.
    public func sum<Value: SummableValue>(_ field: Field<M, Value?>) async throws -> Value? {
        try await aggregate(.sum, of: field.column, as: Value.self)
    }

    /// The mean of a field over the selected rows.
    public func average<Value: SummableValue>(_ field: Field<M, Value>) async throws -> Double? {
        try await aggregate(.average, of: field.column, as: Double.self)
    }

    /// The mean of an optional field over the selected rows, NULLs left out.
    public func average<Value: SummableValue>(_ field: Field<M, Value?>) async throws -> Double? {
        try await aggregate(.average, of: field.column, as: Double.self)
    }

    /// The smallest value of a field among the selected rows.
    public func min<Value: DatabaseValueConvertible & Comparable>(_ field: Field<M, Value>) async throws -> Value? {
        try await aggregate(.min, of: field.column, as: Value.self)
    }

    /// The smallest value of an optional field among the selected rows, NULLs left out.
    public func min<Value: DatabaseValueConvertible & Comparable>(_ field: Field<M, Value?>) async throws -> Value? {
        try await aggregate(.min, of: field.column, as: Value.self)
    }

    /// The largest value of a field among the selected rows.
    public func max<Value: DatabaseValueConvertible & Comparable>(_ field: Field<M, Value>) async throws -> Value? {
        try await aggregate(.max, of: field.column, as: Value.self)
    }

    /// The largest value of an optional field among the selected rows, NULLs left out.
    public func max<Value: DatabaseValueConvertible & Comparable>(_ field: Field<M, Value?>) async throws -> Value? {
        try await aggregate(.max, of: field.column, as: Value.self)
    }

    /// How many selected rows hold each value of a field: one ``GroupCount`` per distinct value,
    /// ordered by value (nil first for an optional field).
    ///
    /// Inlinable, so that decoding each group is specialized for `Value` where it is called: a
    /// grouped count over many distinct values spent its time in generic decoding otherwise.
    @inlinable
    public func counts<Value>(by field: Field<M, Value>) async throws -> [GroupCount<Value>] {
        var groups: [GroupCount<Value>] = []
        let statement = try database.compiler.groupCounts(by: field.column, in: selectQuery)
        try await database.driver.query(statement) { row in
            groups.append(GroupCount(value: try row.decode(Value.self, at: 0), count: try row.decode(Int.self, at: 1)))
        }
        return groups
    }

    /// The selected models, in the query's order, each with the number of its related rows in
    /// `relation` (for a many-to-many relation, its links), read in one statement:
    /// `db.find(Author.self).counting(Author.books)`.
    public func counting<Target>(_ relation: RelationDescriptor<M, Target>) async throws -> [(model: M, count: Int)] {
        guard let declared = M.schema.relation(named: relation.name) else {
            throw OmmiError(.schema, "\(M.schema.name) has no relation \(relation.name)")
        }
        let query = selectQuery
        let resolved = try ResolvedRelation.resolve(declared, of: M.schema, in: query.catalog)
        let statement = try database.compiler.relationCounts([resolved], owners: query)
        let width = M.schema.selectedColumns.count
        var counted: [(model: M, count: Int)] = []
        try await database.driver.query(statement) { row in
            counted.append((try M(row: row), try row.decode(Int.self, at: width)))
        }
        if !M.schema.relations.isEmpty {
            for index in counted.indices { database.bind(&counted[index].model) }
        }
        return counted
    }

    private func aggregate<Value: DatabaseValueConvertible>(
        _ function: AggregateFunction, of column: String, as type: Value.Type
    ) async throws -> Value? {
        var result: Value?
        try await database.driver.query(try database.compiler.aggregate(function, of: column, in: selectQuery)) { row in
            result = try row.decode(Value?.self, at: 0)
        }
        return result
    }
}
