import Ommi

extension Picker {
    /// The line each candidate is shown as: its title, and when another candidate has the same
    /// label, the first other column whose value tells those rows apart (`#7 John Smith ·
    /// email: john@example.org`), so that same-named rows can be chosen knowingly.
    static func lines(_ schema: ModelSchema, _ rows: [DynamicRow]) -> [String] {
        let labels = rows.map { LabelColumn.label(schema, $0) }
        var rowsByLabel: [String: [Int]] = [:]
        for (index, label) in labels.enumerated() {
            if let label { rowsByLabel[label, default: []].append(index) }
        }
        let shown = Set(LabelColumn.columns(schema) + schema.keyColumns)
        let others = schema.fields.filter { !shown.contains($0.column) && $0.type != .blob }
        var lines = rows.map { RecordTitle.text(schema, row: $0) }
        for same in rowsByLabel.values where same.count > 1 {
            let values = { (field: FieldSchema) in
                same.map { rows[$0].value(ofColumn: field.column, in: schema) ?? .null }
            }
            guard let field = others.first(where: { Set(values($0)).count > 1 }) else { continue }
            for index in same {
                let value = rows[index].value(ofColumn: field.column, in: schema) ?? .null
                lines[index] += " · \(field.name): \(ValueText.plain(value))"
            }
        }
        return lines
    }
}
