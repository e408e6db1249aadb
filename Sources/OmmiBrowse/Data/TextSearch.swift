import Ommi

/// Rows that contain a text in any column (BLOBs aside), ignoring case: what `/` searches and
/// what typing in the picker narrows by.
enum TextSearch {
    static func condition(_ text: String, in schema: ModelSchema) -> Condition {
        .or(
            schema.fields.filter { $0.type != .blob }.map { field in
                .match(.column(ColumnRef(table: schema.tableName, column: field.column)), .containsIgnoringCase, text)
            })
    }
}

extension SortKey {
    /// The same key in the other direction, for reading rows backwards.
    var reversed: SortKey { SortKey(column, descending: !descending) }
}
