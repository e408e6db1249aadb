import Ommi

/// How a row is named in the breadcrumb and in references: its key and its label,
/// `#1 Ommi is Great`.
enum RecordTitle {
    static func text(_ schema: ModelSchema, row: DynamicRow) -> String {
        let key = RowName.key(schema, row)
        let label = LabelColumn.of(schema).flatMap { row.value(ofColumn: $0, in: schema) }.map(ValueText.plain)
        let head = key.isEmpty ? "row" : "#" + key
        guard let label, !label.isEmpty else { return head }
        return head + " " + label
    }
}

/// The column that names a row of a model: a text column called `name` or ending in it
/// (`LastName`), else one called like a title, label or email, else the first text column that
/// is not part of the key.
public enum LabelColumn {
    static let nameLike = ["name", "title", "label", "username", "email", "description"]

    public static func of(_ schema: ModelSchema) -> String? {
        let texts = schema.fields.filter { !$0.isKey && ($0.type == .text || $0.declaredType.uppercased().contains("CHAR")) }
        for wanted in nameLike {
            if let field = texts.first(where: { $0.column.lowercased() == wanted })
                ?? texts.first(where: { $0.column.lowercased().hasSuffix(wanted) })
            {
                return field.column
            }
        }
        return texts.first?.column
    }
}
