import Ommi

/// Rows that contain a text in any column (BLOBs aside), ignoring case: what `/` searches and
/// what typing in the picker narrows by.
enum TextSearch {
    static func condition(_ text: String, in schema: ModelSchema) -> Condition {
        condition(text, in: schema, columns: schema.fields.filter { $0.type != .blob }.map(\.column))
    }

    /// Rows whose `columns` contain `text`, ignoring case.
    static func condition(_ text: String, in schema: ModelSchema, columns: [String]) -> Condition {
        .or(
            columns.map { .match(.column(ColumnRef(table: schema.tableName, column: $0)), .containsIgnoringCase, text) }
        )
    }
}

extension SortKey {
    /// The same key in the other direction, for reading rows backwards.
    var reversed: SortKey { SortKey(column, descending: !descending) }
}
