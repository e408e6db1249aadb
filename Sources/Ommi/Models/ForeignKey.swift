/// A reference from one or more columns of a model to the key columns of another.
public struct ForeignKey: Sendable, Hashable {
    /// The referencing columns, in the order of ``targetColumns``.
    public var columns: [String]
    /// The referenced table.
    public var targetTable: String
    /// The referenced columns.
    public var targetColumns: [String]
    /// True when the reference was inferred from column names rather than declared.
    public var isInferred: Bool
    /// What the database does to the referring rows when the referenced row is deleted.
    public var onDelete: ForeignKeyAction

    /// A reference from `columns` to `referencedColumns` of `referencedTable`.
    public init(
        columns: [String], targetTable: String, targetColumns: [String], isInferred: Bool = false,
        onDelete: ForeignKeyAction = .noAction
    ) {
        self.columns = columns
        self.targetTable = targetTable
        self.targetColumns = targetColumns
        self.isInferred = isInferred
        self.onDelete = onDelete
    }

    /// Groups the field references of a typed model into foreign keys.
    ///
    /// Fields that reference the same table form one composite key as long as each names a
    /// different target column; a repeated target column starts another key, so two fields that
    /// both reference `User.id` are two relations, never one AND-ed pair.
    static func grouping(_ fields: [FieldSchema]) -> [ForeignKey] {
        var keys: [ForeignKey] = []
        for field in fields {
            guard let reference = field.reference else { continue }
            if let open = keys.lastIndex(where: {
                $0.targetTable == reference.table && !$0.targetColumns.contains(reference.column)
            }) {
                keys[open].columns.append(field.column)
                keys[open].targetColumns.append(reference.column)
            } else {
                keys.append(
                    ForeignKey(columns: [field.column], targetTable: reference.table, targetColumns: [reference.column])
                )
            }
        }
        return keys
    }
}
