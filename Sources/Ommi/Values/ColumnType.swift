/// The declared type of a column, as the schema of a model states it.
///
/// Typed models map Swift types onto the four affinities below; reflected models keep the
/// declared type text of the database as well, in ``FieldSchema/declaredType``.
public enum ColumnType: String, Sendable, Hashable, Codable {
    case integer = "INTEGER"
    case real = "REAL"
    case text = "TEXT"
    case blob = "BLOB"
    /// A column with no declared type or one that accepts any value.
    case any = "ANY"
}
