import Ommi

/// `--print`: the rows of a pane for scripts, narrowed by a filter, sorted, and written in any
/// ``ExportFormat`` through ``RowExport``, so any number of rows and any size of value print in
/// flat memory.
public enum RowPrinter {
    /// Writes the rows `target` names (a model's rows, one record, or a relation's rows) that
    /// `filter` (the browser's filter language) selects, in the order `sort` gives
    /// (``SortList``), at most `limit` of them. Returns how many rows were written.
    @discardableResult
    public static func print(
        _ target: PaneTarget, models: ModelCollection, database: Ommi, format: ExportFormat, limit: Int?,
        filter: String? = nil, sort: String? = nil, to output: ExportOutput
    ) async throws -> Int {
        var schema = target.schema
        var condition: Condition?
        if let row = target.row {
            let owner = DynamicModel(schema: target.schema, database: database, catalog: models.catalog)
            if let relation = target.relation {
                let scope = try owner.relationScope(relation.name, of: row)
                schema = scope.target
                condition = scope.condition ?? .constant(false)
            } else {
                condition = owner.condition(selecting: row)
            }
        }
        if let filter {
            let filtered = try FilterExpression(parsing: filter, schema: schema).condition
            condition = condition.map { $0 && filtered } ?? filtered
        }
        let order = try sort.map { try SortList(parsing: $0, schema: schema).keys } ?? []
        let model = DynamicModel(schema: schema, database: database, catalog: models.catalog)
        return try await RowExport(model: model, condition: condition, order: order, limit: limit).write(
            format, to: output)
    }
}
