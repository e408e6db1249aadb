/// The rows of another model related to the row in scope through one relation: the table a
/// condition reaches across a relation, and how its rows are tied to the row in scope, directly
/// or through an association model.
///
/// ``Condition/exists(_:_:)`` and ``Condition/relatedCount(_:_:_:)`` use it to ask about related
/// rows in a subquery, so a condition on related rows never multiplies the rows of a result.
public struct RelatedRows: Sendable, Hashable {
    /// The relation's name, as filters write it (`album`, `tags`).
    public var relation: String
    /// The table of the row in scope.
    public var ownerTable: String
    /// The owner's columns that the related rows refer to.
    public var ownerColumns: [String]
    /// The related table.
    public var table: String
    /// The related table's columns that match ``ownerColumns`` (or, through an association
    /// model, its ``Link/targetSide``).
    public var columns: [String]
    /// The association model of a many-to-many relation.
    public var through: Link?

    /// The association rows between the row in scope and the related rows.
    public struct Link: Sendable, Hashable {
        /// The association table.
        public var table: String
        /// Association columns equal to the owner's ``RelatedRows/ownerColumns``.
        public var ownerSide: [String]
        /// Association columns equal to the related rows' ``RelatedRows/columns``.
        public var targetSide: [String]

        /// The association `table`, with its columns on the owner's side and the related rows' side.
        public init(table: String, ownerSide: [String], targetSide: [String]) {
            self.table = table
            self.ownerSide = ownerSide
            self.targetSide = targetSide
        }
    }

    /// The rows of `table` related through `relation`, matched on `columns` to the owner's
    /// `ownerColumns`, or through the association `through`.
    public init(
        relation: String, ownerTable: String, ownerColumns: [String], table: String, columns: [String],
        through: Link? = nil
    ) {
        self.relation = relation
        self.ownerTable = ownerTable
        self.ownerColumns = ownerColumns
        self.table = table
        self.columns = columns
        self.through = through
    }

    /// The owner columns the related rows are tied to, as the condition mentions them.
    var ownerColumnRefs: [ColumnRef] {
        ownerColumns.map { ColumnRef(table: ownerTable, column: $0) }
    }
}

extension ResolvedRelation {
    /// The relation's rows as conditions reach them from an owner row.
    public var relatedRows: RelatedRows {
        RelatedRows(
            relation: name, ownerTable: owner.tableName, ownerColumns: ownerColumns, table: target.tableName,
            columns: targetColumns,
            through: through.map {
                RelatedRows.Link(table: $0.schema.tableName, ownerSide: $0.ownerSide, targetSide: $0.targetSide)
            })
    }
}
