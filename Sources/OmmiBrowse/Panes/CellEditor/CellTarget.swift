import Ommi

/// One cell of one row: what `e` changes.
public struct CellTarget: Sendable {
    /// The pane the edit was asked in.
    public var paneID: PaneID
    public var schema: ModelSchema
    /// The row as it was read: the write checks it is still so.
    public var row: DynamicRow
    public var field: FieldSchema

    /// The value the cell holds as read.
    public var value: DatabaseValue { row.value(ofColumn: field.column, in: schema) ?? .null }

    /// The write that sets the cell to `value`, finding the row by its key and by the values it
    /// was read with, so that a row changed elsewhere since is reported, not overwritten.
    func write(_ value: DatabaseValue, shown: String) -> RowWrite {
        var match: [String: DatabaseValue] = [:]
        for column in schema.keyColumns { match[column] = row.value(ofColumn: column, in: schema) ?? .null }
        for other in schema.fields where other.comparesByEquality {
            // A long text the pane holds only the start of cannot find the row.
            let value = row.value(ofColumn: other.column, in: schema) ?? .null
            if !ShownRows.mayBeCut(value) { match[other.column] = value }
        }
        match[field.column] = self.value
        let description = "set \(field.name) of \(RowName.owner(schema, row)) to \(shown.prefix(40))"
        return RowWrite(change: .update(schema, match: match, values: [field.column: value]), description: description)
    }
}
