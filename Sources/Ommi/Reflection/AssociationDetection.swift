/// A model that links two models (or one model to itself) row to row: `PostTag` between `Post`
/// and `Tag`, Chinook's `PlaylistTrack`, Northwind's `EmployeeTerritories`.
struct Association: Sendable {
    /// The association model.
    var schema: ModelSchema
    /// Its two references, in column order.
    var first: ForeignKey
    var second: ForeignKey
}

/// Finds association models among reflected schemas.
///
/// A table is an association when it has exactly two references, nothing refers to it, and
/// either its key is made of those references or every other column is payload: numbers, dates
/// and flags describing the link (Chinook's `InvoiceLine.UnitPrice` and `Quantity`), as opposed
/// to names and text that make it a thing of its own (Northwind's `Products`, which also has two
/// references).
enum AssociationDetection {
    static func associations(in schemas: [ModelSchema]) -> [Association] {
        let referenced = Set(
            schemas.flatMap { schema in
                schema.foreignKeys.filter { $0.targetTable != schema.tableName }.map(\.targetTable)
            })
        return schemas.compactMap { schema in
            guard !schema.isReadOnly, !referenced.contains(schema.tableName), schema.foreignKeys.count == 2 else {
                return nil
            }
            let first = schema.foreignKeys[0]
            let second = schema.foreignKeys[1]
            guard first.targetTable != schema.tableName, second.targetTable != schema.tableName else { return nil }
            let referenceColumns = Set(first.columns + second.columns)
            guard referenceColumns.count == first.columns.count + second.columns.count else { return nil }
            let keyColumns = Set(schema.keyFields.map(\.column))
            let keyIsReferences = !keyColumns.isEmpty && keyColumns == referenceColumns
            let others = schema.fields.filter {
                !referenceColumns.contains($0.column) && !keyColumns.contains($0.column)
            }
            let keyIsSurrogate =
                keyColumns.isEmpty || keyColumns.isSubset(of: referenceColumns)
                || (keyColumns.count == 1 && schema.keyFields.allSatisfy { $0.type == .integer })
            guard keyIsReferences || (keyIsSurrogate && others.allSatisfy(isPayload)) else { return nil }
            let ordered = [first, second].sorted { lhs, rhs in
                (schema.fieldIndex(ofColumn: lhs.columns[0]) ?? 0) < (schema.fieldIndex(ofColumn: rhs.columns[0]) ?? 0)
            }
            return Association(schema: schema, first: ordered[0], second: ordered[1])
        }
    }

    /// Whether a column describes the link rather than a thing: a number, a date or time, or a
    /// flag.
    private static func isPayload(_ field: FieldSchema) -> Bool {
        if field.type == .integer || field.type == .real { return true }
        let declared = field.declaredType.uppercased()
        let payloadWords = ["NUM", "DEC", "DATE", "TIME", "BOOL"]
        return payloadWords.contains { declared.contains($0) }
    }
}
