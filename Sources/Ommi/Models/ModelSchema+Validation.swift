/// Checks that a schema describes a table a database can create.
extension ModelSchema {
    /// Throws when two fields are stored in one column. Column names are compared regardless of
    /// case, as SQL compares unquoted names and as `@Model` checks them at compile time; schemas
    /// built by hand reach setup without that check.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/schema`` naming the model, both fields and
    ///   the column.
    public func validate() throws {
        var owners: [String: FieldSchema] = [:]
        for field in fields {
            let key = field.column.lowercased()
            if let existing = owners[key] {
                throw OmmiError(
                    .schema,
                    "\(name): fields '\(existing.name)' and '\(field.name)' are both stored in column "
                        + "'\(field.column)' of \(tableName)")
            }
            owners[key] = field
        }
    }
}
