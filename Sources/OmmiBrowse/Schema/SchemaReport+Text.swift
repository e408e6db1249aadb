import Ommi

extension SchemaReport {
    /// The report as indented text, one model after another:
    ///
    /// ```
    /// Post (key: id)
    ///   fields
    ///     id     INTEGER  key
    ///     title  TEXT     nullable
    ///   relations
    ///     author  → User (to-one, inferred)
    ///     tags    ⇄ Tag via PostTag (many-to-many, inferred)
    /// ```
    ///
    /// Names are written with their control characters escaped (``VisibleEscapes``), so a table
    /// or column name holding ESC or BEL never reaches the terminal raw.
    public var text: String {
        var lines: [String] = []
        for model in models {
            let keys = model.fields.filter(\.key).map(\.name)
            var heading = model.name
            if model.table != model.name { heading += " [table \(model.table)]" }
            heading +=
                model.readOnly
                ? " (view, read-only)" : keys.isEmpty ? " (key: rowid)" : " (key: \(keys.joined(separator: ", ")))"
            lines.append(VisibleEscapes.escaping(heading))
            lines.append("  fields")
            lines += aligned(
                model.fields.map { field in
                    [
                        field.name, field.type,
                        [field.key ? "key" : nil, field.nullable ? "nullable" : nil].compactMap { $0 }.joined(
                            separator: ", "),
                    ]
                })
            if !model.relations.isEmpty {
                lines.append("  relations")
                lines += aligned(model.relations.map { [$0.name, $0.arrowText, $0.kindText] })
            }
            lines.append("")
        }
        if models.isEmpty { lines.append("no tables or views") }
        return lines.joined(separator: "\n")
    }

    private func aligned(_ cells: [[String]]) -> [String] {
        let rows = cells.map { $0.map { VisibleEscapes.escaping($0) } }
        let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            return ("    " + cells.joined(separator: "  ")).trimmingTrailingSpaces
        }
    }
}

extension SchemaReport.RelationEntry {
    /// `→ User`, `← Comment`, `⇄ Tag via PostTag`.
    var arrowText: String {
        switch kind {
        case .toOne: "→ \(target)"
        case .toMany: "← \(target)"
        case .manyToMany: "⇄ \(target) via \(through ?? "?")"
        }
    }

    var kindText: String {
        let kindName =
            switch kind {
            case .toOne: "to-one"
            case .toMany: "to-many"
            case .manyToMany: "many-to-many"
            }
        return inferred ? "(\(kindName), inferred)" : "(\(kindName))"
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
