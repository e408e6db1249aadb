/// A value read beside each row a query selects, from the rows related to that row through one
/// relation: how many there are, or a column of the first of them.
///
/// Read with the rows in one statement (``DynamicModel/rows(_:alongside:)``), they spare one more
/// statement per relation: a screen of rows gets the labels of the rows its references point at,
/// and a record the counts of all its relations, in a single round trip. Each is a subquery over
/// the relation's ``RelatedRows``, the same rows a condition on the relation reaches.
public enum RelatedValue: Sendable {
    /// How many rows the relation relates to the row (for a many-to-many relation, its links to
    /// rows that exist).
    case count(ResolvedRelation)
    /// `column` of the first related row in the target's key order; NULL when there is none.
    case column(ResolvedRelation, String)

    /// The relation the value is read through.
    public var relation: ResolvedRelation {
        switch self {
        case .count(let relation), .column(let relation, _): relation
        }
    }
}
