/// One row of a dynamic model: its values in the order of the schema's selected columns
/// (the fields, then `rowid` for tables addressed by it).
public struct DynamicRow: Sendable, Hashable {
    /// The values, in the order of the schema's selected columns.
    public var values: [DatabaseValue]

    /// A row of `values` in the schema's selected columns.
    public init(values: [DatabaseValue]) {
        self.values = values
    }

    /// The value of a column, looked up in `schema`; nil when the schema has no such column or
    /// the row was read under another schema that had fewer columns.
    public func value(ofColumn column: String, in schema: ModelSchema) -> DatabaseValue? {
        if column == "rowid", schema.usesRowID { return values.last }
        guard let index = schema.fieldIndex(ofColumn: column), values.indices.contains(index) else { return nil }
        return values[index]
    }
}
