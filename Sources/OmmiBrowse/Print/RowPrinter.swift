import Foundation
import Ommi

/// `--print`: the rows of a pane as TSV or JSON, for scripts, read a page at a time so any
/// number of rows prints in flat memory.
public enum RowPrinter {
    public enum Format: String, Sendable, CaseIterable {
        case tsv
        case json
    }

    /// Writes the rows `target` names (a model's rows, one record, or a relation's rows),
    /// at most `limit` of them, through `write`.
    public static func print(
        _ target: PaneTarget, models: ModelCollection, database: Ommi, format: Format, limit: Int?,
        write: (String) -> Void
    ) async throws {
        var schema = target.schema
        var condition: Condition?
        if let row = target.row {
            let owner = DynamicModel(schema: target.schema, database: database, catalog: models.catalog)
            if let relation = target.relation {
                let scope = try owner.relationScope(relation.name, of: row)
                schema = scope.target
                condition = scope.condition ?? .constant(false)
            } else {
                condition = owner.condition(selecting: row)
            }
        }
        let model = DynamicModel(schema: schema, database: database, catalog: models.catalog)
        let columns = schema.selectedColumns
        let order = model.query().effectiveOrder
        let page = 500
        var printed = 0
        var after: [DatabaseValue]?
        var offset = 0
        switch format {
        case .tsv: write(columns.map(TSV.escape).joined(separator: "\t") + "\n")
        case .json: write("[")
        }
        while limit.map({ printed < $0 }) ?? true {
            let size = min(page, (limit ?? .max) - printed)
            let rows =
                order.isEmpty
                ? try await model.rows(where: condition, limit: size, offset: offset)
                : try await model.rows(where: condition, order: order, limit: size, after: after)
            for row in rows {
                switch format {
                case .tsv: write(row.values.map(TSV.field).joined(separator: "\t") + "\n")
                case .json: write((printed == 0 ? "\n" : ",\n") + JSONRow.object(columns, row.values))
                }
                printed += 1
            }
            guard rows.count == size, let last = rows.last else { break }
            offset += rows.count
            after = order.map { last.value(ofColumn: $0.column.column, in: schema) ?? .null }
        }
        if format == .json { write(printed == 0 ? "]\n" : "\n]\n") }
    }
}

/// Tab-separated values: one line per row; tabs, newlines and backslashes escaped, NULL as `\N`,
/// BLOBs as `\x` and hex.
enum TSV {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\t": escaped += "\\t"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\r\n": escaped += "\\r\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func field(_ value: DatabaseValue) -> String {
        switch value {
        case .null: "\\N"
        case .blob(let data): "\\x" + data.map { String(format: "%02x", $0) }.joined()
        default: escape(ValueText.plain(value))
        }
    }
}

/// One row as a JSON object: numbers as numbers, NULL as null, BLOBs as `{"base64": …}`,
/// NaN and infinities as strings (JSON has no number for them).
enum JSONRow {
    static func object(_ columns: [String], _ values: [DatabaseValue]) -> String {
        let members = zip(columns, values).map { column, value in string(column) + ":" + json(value) }
        return "{" + members.joined(separator: ",") + "}"
    }

    static func json(_ value: DatabaseValue) -> String {
        switch value {
        case .null: "null"
        case .integer(let number): String(number)
        case .real(let number): number.isFinite ? String(number) : string(ValueText.real(number))
        case .text(let text): string(text)
        case .blob(let data): "{\"base64\":\"\(data.base64EncodedString())\"}"
        }
    }

    static func string(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                escaped += String(format: "\\u%04x", scalar.value)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
