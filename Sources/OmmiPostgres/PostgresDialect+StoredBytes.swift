#if PostgreSQL
import Ommi

extension PostgresDialect {
    /// `substr` of a column of a string type; a value of another type is never cut.
    public func textPrefix(of column: String, field: FieldSchema, characters: Int) -> String? {
        field.type == .text ? "substr(\(column), 1, \(characters))" : nil
    }

    /// A column's type fixes its kind: BYTEA holds bytes, the string types text (always valid
    /// UTF-8 on a server that stores it so), read as bytes through `convert_to`. Other types hold
    /// short values that read as they always do.
    public func storedBytes(of column: String, field: FieldSchema) -> StoredBytesExpression? {
        let declared = field.declaredType.lowercased()
        if field.type == .blob {
            return StoredBytesExpression(kind: "CASE WHEN \(column) IS NOT NULL THEN 'blob' END", bytes: column)
        }
        guard field.type == .text, Self.stringTypes.contains(where: declared.hasPrefix) else { return nil }
        return StoredBytesExpression(
            kind: "CASE WHEN \(column) IS NOT NULL THEN 'text' END", bytes: "convert_to((\(column))::text, 'UTF8')")
    }

    private static let stringTypes = ["text", "character", "varchar", "json", "xml", "citext"]
}
#endif
