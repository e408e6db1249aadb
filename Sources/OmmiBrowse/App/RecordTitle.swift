import Ommi

/// How a row is named in the breadcrumb and in references: its key and its label,
/// `#1 Ommi is Great`.
enum RecordTitle {
    static func text(_ schema: ModelSchema, row: DynamicRow) -> String {
        let key = RowName.key(schema, row)
        let label = LabelColumn.label(schema, row)
        let head = key.isEmpty ? "row" : "#" + key
        guard let label, !label.isEmpty else { return head }
        return head + " " + label
    }
}

/// The columns that name a row of a model: the one the model declares (`@Model(label:)`), else a
/// first and a last name together (`FirstName` `LastName`), else a text column called `name` or
/// ending in it (`CompanyName`), else one called like a title, label or email. A model with none
/// is named by its key alone.
public enum LabelColumn {
    static let nameLike = ["name", "title", "label", "username", "email", "description"]

    public static func columns(_ schema: ModelSchema) -> [String] {
        if let declared = schema.labelColumn, schema.fieldIndex(ofColumn: declared) != nil { return [declared] }
        let texts = schema.fields.filter {
            !$0.isKey && ($0.type == .text || $0.declaredType.uppercased().contains("CHAR"))
        }
        func named(_ part: String) -> String? {
            texts.first { field in
                let name = field.column.lowercased().filter { $0 != "_" }
                return name == part + "name" || name == part
            }?.column
        }
        if let first = named("first"), let last = named("last") { return [first, last] }
        for wanted in nameLike {
            if let field = texts.first(where: { $0.column.lowercased() == wanted })
                ?? texts.first(where: { $0.column.lowercased().hasSuffix(wanted) })
            {
                return [field.column]
            }
        }
        return []
    }

    /// The label of `row`: the values of its label columns, NULLs left out; nil when there is none.
    public static func label(_ schema: ModelSchema, _ row: DynamicRow) -> String? {
        label(values: columns(schema).compactMap { row.value(ofColumn: $0, in: schema) })
    }

    /// The label made of the values of a row's label columns, in the order of ``columns(_:)``.
    static func label(values: [DatabaseValue]) -> String? {
        let parts = values.filter { !$0.isNull }.map(ValueText.plain)
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
