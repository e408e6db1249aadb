/// An aggregate of one column over the rows a query selects, as the query AST names it.
///
/// Over no rows (or only NULLs) every aggregate is NULL. The SQL is the same on every database:
/// a sum of an integer column is cast to a 64-bit integer and an average to a double, where
/// PostgreSQL would otherwise answer with its arbitrary-precision `numeric`.
public enum AggregateFunction: String, Sendable, Hashable, CaseIterable {
    /// The total of the values.
    case sum
    /// The arithmetic mean of the values, as a floating point number.
    case average
    /// The smallest value.
    case min
    /// The largest value.
    case max

    /// The SQL expression of the aggregate of `column` (already rendered), a column of `type`.
    func expression(of column: String, type: ColumnType) -> String {
        switch self {
        case .sum where type == .integer: "CAST(sum(\(column)) AS BIGINT)"
        case .sum: "sum(\(column))"
        case .average: "CAST(avg(\(column)) AS DOUBLE PRECISION)"
        case .min: "min(\(column))"
        case .max: "max(\(column))"
        }
    }
}
