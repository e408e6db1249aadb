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

extension ModelSchema {
    /// Throws when a field references a column of a model among `schemas` that is not a key (or
    /// unique) field of it, or whose type differs from its own. References to tables outside
    /// `schemas` are left to the database.
    ///
    /// - Throws: ``OmmiError`` of kind ``OmmiError/Kind/schema`` naming both fields.
    public func validateReferences(among schemas: [ModelSchema]) throws {
        for field in fields {
            guard let reference = field.reference,
                let target = schemas.first(where: { $0.tableName == reference.table })
            else { continue }
            let referencing = "\(name).\(field.name)"
            guard let referenced = target.fields.first(where: { $0.column == reference.column }) else {
                throw OmmiError(
                    .schema, "\(referencing) references column \(reference.column), which \(target.name) does not have")
            }
            guard referenced.isKey || referenced.isUnique else {
                throw OmmiError(
                    .schema,
                    "\(referencing) references \(target.name).\(referenced.name), which is not a key of \(target.name)")
            }
            guard referenced.type == field.type else {
                throw OmmiError(
                    .schema,
                    "\(referencing) (\(field.type.rawValue)) references \(target.name).\(referenced.name) "
                        + "(\(referenced.type.rawValue)), which has another type")
            }
        }
    }
}
