import Ommi
import Testing

@testable import OmmiBrowse

/// A model with a column of every type and names that need quoting.
let postSchema = ModelSchema(
    name: "Post",
    fields: [
        FieldSchema(name: "id", type: .integer, isNullable: false, isKey: true),
        FieldSchema(name: "title", type: .text, isNullable: false),
        FieldSchema(name: "views", type: .integer, isNullable: true),
        FieldSchema(name: "rating", type: .real, isNullable: true),
        FieldSchema(name: "zip", type: .text, isNullable: true),
        FieldSchema(name: "payload", type: .blob, isNullable: true),
        FieldSchema(name: "note", type: .any, isNullable: true),
        FieldSchema(name: "Order Date", type: .text, isNullable: true),
        FieldSchema(name: "select", type: .integer, isNullable: true),
        FieldSchema(name: "日本", type: .text, isNullable: true),
    ])

/// The "unknown column" hint for ``postSchema``.
let postColumns = "columns: id, title, views, rating, zip, payload, note, [Order Date], select, [日本]"

/// A column of ``postSchema``.
func column(_ name: String) -> Operand {
    .column(ColumnRef(table: "Post", column: name))
}

/// The condition a filter reads as, against ``postSchema`` unless told otherwise.
func parse(_ text: String, _ schema: ModelSchema = postSchema) throws -> Condition {
    try FilterExpression(parsing: text, schema: schema).condition
}

/// The message a malformed filter gets, or nil when it reads.
func message(_ text: String, _ schema: ModelSchema = postSchema) -> String? {
    do {
        _ = try FilterExpression(parsing: text, schema: schema)
        return nil
    } catch {
        return error.description
    }
}

/// Whether the filter's canonical text reads back as the same condition.
func roundTrips(_ filter: FilterExpression, _ schema: ModelSchema = postSchema) -> Bool {
    (try? FilterExpression(parsing: filter.text, schema: schema).condition) == filter.condition
}
