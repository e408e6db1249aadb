/// A model known only at run time, such as a table of a reflected database: a schema plus rows
/// of ``DatabaseValue``. It runs on the same query AST, compiler and driver as typed models.
///
/// ```swift
/// let posts = DynamicModel(schema: collection.schema(named: "Post")!, database: db, catalog: collection.catalog)
/// let page = try await posts.rows(where: .match(.column(title), .contains, "swift"), limit: 50)
/// ```
public struct DynamicModel: Sendable {
    /// The model's schema: its table, fields, keys and relations.
    public let schema: ModelSchema
    /// The database its rows are read from and written to.
    public let database: Ommi
    /// The schemas relations and cross-model conditions may reach.
    public let catalog: SchemaCatalog

    /// The model of `schema` on `database`; `catalog` holds the models its relations lead to
    /// (the schema alone when nil).
    public init(schema: ModelSchema, database: Ommi, catalog: SchemaCatalog? = nil) {
        self.schema = schema
        self.database = database
        self.catalog = catalog ?? SchemaCatalog([schema])
    }

    /// A query on this model with the given parts.
    public func query(
        where condition: Condition? = nil, order: [SortKey] = [], limit: Int? = nil, offset: Int? = nil,
        after: [DatabaseValue]? = nil
    ) -> SelectQuery {
        SelectQuery(
            schema: schema, condition: condition, order: order, limit: limit, offset: offset, after: after,
            catalog: catalog)
    }

    /// The rows a query selects.
    public func rows(_ query: SelectQuery) async throws -> [DynamicRow] {
        guard let cut = await textCut(query) else {
            return try await database.dynamicRows(try database.compiler.select(query))
        }
        return try await rows(query, cutting: cut, alongside: []).map(\.row)
    }

    /// The texts a read of `query` leaves to the driver, when it reads them by rowid: their
    /// positions among the selected columns, and how many characters of each the read keeps.
    func textCut(_ query: SelectQuery) async -> (positions: [Int], characters: Int)? {
        let columns = query.schema.selectedColumns
        let positions = columns.indices.filter { query.cutsText(of: columns[$0]) }
        guard let prefix = query.textPrefix, !positions.isEmpty,
            await database.driver.readsStoredHeads(of: schema.tableName)
        else { return nil }
        return (positions, prefix + 1)
    }

    /// The rows of `query` with the values of `related` read beside each, and the texts `cut`
    /// names read by the driver as their first characters: the start of a long text is read
    /// without the rest of it.
    func rows(
        _ query: SelectQuery, cutting cut: (positions: [Int], characters: Int), alongside related: [RelatedValue]
    ) async throws -> [(row: DynamicRow, related: [DatabaseValue])] {
        let width = query.schema.selectedColumns.count
        let flags = width + related.count
        var rows = try await database.dynamicRows(
            try database.compiler.selectLeavingTexts(query, alongside: related))
        for (offset, position) in cut.positions.enumerated() {
            let reads = rows.indices.filter { rows[$0].values[flags + offset] == .integer(1) }
            let rowIDs = reads.compactMap { index -> Int64? in
                if case .integer(let rowID)? = rows[index].values.last { rowID } else { nil }
            }
            guard !reads.isEmpty, rowIDs.count == reads.count else { continue }
            // A character takes at most four bytes.
            let heads = try await database.driver.storedHeads(
                table: schema.tableName, column: query.schema.selectedColumns[position], rowIDs: rowIDs,
                count: cut.characters * 4)
            for (index, head) in zip(reads, heads) {
                // A row gone since it was selected reads as NULL until the pane is read again.
                rows[index].values[position] =
                    head.map {
                        .text(String(String(decoding: $0.bytes, as: UTF8.self).unicodeScalars.prefix(cut.characters)))
                    }
                    ?? .null
            }
        }
        return rows.map { (DynamicRow(values: Array($0.values.prefix(width))), Array($0.values[width..<flags])) }
    }

    /// The rows that match, in order, within the window.
    public func rows(
        where condition: Condition? = nil, order: [SortKey] = [], limit: Int? = nil, offset: Int? = nil,
        after: [DatabaseValue]? = nil
    ) async throws -> [DynamicRow] {
        try await rows(query(where: condition, order: order, limit: limit, offset: offset, after: after))
    }

    /// How many rows match.
    public func count(where condition: Condition? = nil) async throws -> Int {
        try await count(query(where: condition))
    }

    /// How many rows a query selects; with a limit, at most that many, so a count can be capped
    /// without reading a whole large table.
    public func count(_ query: SelectQuery) async throws -> Int {
        var total = 0
        try await database.driver.query(try database.compiler.count(query)) { row in
            total = try row.decode(Int.self, at: 0)
        }
        return total
    }

    /// Inserts a row given by column; columns left out take their defaults. Returns the row as
    /// stored.
    @discardableResult
    public func add(_ values: [String: DatabaseValue]) async throws -> DynamicRow {
        if schema.isReadOnly { throw OmmiError(.readOnly, "\(schema.name) is read-only") }
        let columns = schema.fields.map(\.column).filter { values[$0] != nil }
        for column in values.keys where schema.fieldIndex(ofColumn: column) == nil {
            throw OmmiError(.schema, "\(schema.name) has no column \(column)")
        }
        let sql = database.compiler.insert(into: schema, columns: columns, returning: schema.selectedColumns)
        var stored: DynamicRow?
        try await database.driver.executeBatch(sql, [columns.compactMap { values[$0] }]) { _, row in
            stored = DynamicRow(values: row.values)
        }
        guard let stored else { throw OmmiError(.driver, "the insert into \(schema.name) returned no row") }
        database.wrote(schema.tableName)
        return stored
    }

    /// Deletes the rows that match; returns how many.
    @discardableResult
    public func delete(where condition: Condition?) async throws -> Int {
        if schema.isReadOnly { throw OmmiError(.readOnly, "\(schema.name) is read-only") }
        let deleted = try await database.driver.execute(try database.compiler.delete(query(where: condition)))
        database.wrote(schema.tableName)
        return deleted
    }

    /// Sets columns of the rows that match; returns how many changed.
    @discardableResult
    public func update(where condition: Condition?, set assignments: [ColumnAssignment]) async throws -> Int {
        if schema.isReadOnly { throw OmmiError(.readOnly, "\(schema.name) is read-only") }
        let updated = try await database.driver.execute(
            try database.compiler.update(query(where: condition), set: assignments))
        database.wrote(schema.tableName)
        return updated
    }

    /// The rows related to `row` through the relation called `name`, with the target's schema.
    public func related(_ name: String, of row: DynamicRow) async throws -> (ModelSchema, [DynamicRow]) {
        let (relation, statement) = try relatedStatement(name, of: row)
        guard let statement else { return (relation.target, []) }
        return (relation.target, try await database.dynamicRows(statement))
    }

    /// The rows related to `row` through the relation called `name`, decoded as a typed model:
    /// a relation found by reflection loads into the same structs as one declared on a model.
    public func related<Target: Model>(_ name: String, of row: DynamicRow, as type: Target.Type) async throws
        -> [Target]
    {
        guard let statement = try relatedStatement(name, of: row, decodedAs: Target.schema).1 else { return [] }
        return try await database.fetch(statement, as: Target.self)
    }

    /// The relation called `name` and the statement that selects its rows for `row`, with the
    /// target's columns as `targetSchema` lists them when the rows are decoded as a typed model.
    private func relatedStatement(_ name: String, of row: DynamicRow, decodedAs targetSchema: ModelSchema? = nil)
        throws -> (ResolvedRelation, SQLStatement?)
    {
        var relation = try resolved(name)
        if let targetSchema {
            guard targetSchema.tableName == relation.target.tableName else {
                throw OmmiError(
                    .schema,
                    "\(schema.name).\(name) leads to \(relation.target.tableName), not to \(targetSchema.name)'s table \(targetSchema.tableName)"
                )
            }
            relation.target = targetSchema
        }
        return (relation, database.compiler.related(relation, ownerValues: try ownerValues(relation, of: row)))
    }

    /// The target of the relation called `name` and the condition on its rows that picks those
    /// related to `row`, to page through them like any other rows; the condition is nil when
    /// nothing can be related (a NULL reference).
    public func relationScope(_ name: String, of row: DynamicRow) throws -> (target: ModelSchema, condition: Condition?)
    {
        let relation = try resolved(name)
        return (relation.target, relation.targetCondition(ownerValues: try ownerValues(relation, of: row)))
    }

    func resolved(_ name: String) throws -> ResolvedRelation {
        guard let declared = schema.relation(named: name) else {
            throw OmmiError(.schema, "\(schema.name) has no relation \(name)")
        }
        return try ResolvedRelation.resolve(declared, of: schema, in: catalog)
    }

    func ownerValues(_ relation: ResolvedRelation, of row: DynamicRow) throws -> [DatabaseValue] {
        try relation.ownerColumns.map { column in
            guard let value = row.value(ofColumn: column, in: schema) else {
                throw OmmiError(.schema, "\(schema.name) has no column \(column)")
            }
            return value
        }
    }

    /// The condition that picks `row` by its key (or rowid); nil for a model without either,
    /// such as a view.
    public func condition(selecting row: DynamicRow) -> Condition? {
        let terms = schema.keyColumns.map { key in
            Condition.compare(.column(column(key)), .equal, .value(row.value(ofColumn: key, in: schema) ?? .null))
        }
        if terms.isEmpty { return nil }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    /// A column of this model, for building conditions and sort keys.
    public func column(_ name: String) -> ColumnRef {
        ColumnRef(table: schema.tableName, column: name)
    }
}

extension Ommi {
    func dynamicRows(_ statement: SQLStatement) async throws -> [DynamicRow] {
        var rows: [DynamicRow] = []
        try await driver.query(statement) { row in rows.append(DynamicRow(values: row.values)) }
        return rows
    }
}
