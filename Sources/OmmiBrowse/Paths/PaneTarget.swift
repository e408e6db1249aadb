import Ommi

/// What a pane path names in a database: a model, one of its rows, and one of its relations.
public struct PaneTarget: Sendable {
    public var schema: ModelSchema
    public var row: DynamicRow?
    public var relation: RelationSchema?

    /// Finds what `path` names, reading the row it names; a name or key that matches nothing is
    /// a ``PanePathError`` that says which.
    public static func resolve(_ path: PanePath, in models: ModelCollection, database: Ommi) async throws -> PaneTarget
    {
        let schema =
            models.schemas.first { $0.name == path.model }
            ?? models.schemas.first { $0.name.lowercased() == path.model.lowercased() }
        guard let schema else { throw PanePathError("no model is called \"\(path.model)\"") }
        var target = PaneTarget(schema: schema)
        guard let key = path.key else { return target }
        let columns = schema.keyColumns
        guard !columns.isEmpty else { throw PanePathError("\(schema.name) has no key to name a row by") }
        guard key.count == columns.count else {
            throw PanePathError(
                "\(schema.name) is keyed by \(columns.joined(separator: ", ")): give \(columns.count) value(s)")
        }
        let model = DynamicModel(schema: schema, database: database, catalog: models.catalog)
        let terms = zip(columns, key).map { column, text -> Condition in
            let field = schema.fields.first { $0.column == column }
            return .compare(.column(model.column(column)), .equal, .value(Self.value(text, for: field)))
        }
        guard let row = try await model.rows(where: terms.count == 1 ? terms[0] : .and(terms), limit: 1).first else {
            throw PanePathError("\(schema.name) has no row \(key.joined(separator: ","))")
        }
        target.row = row
        if let name = path.relation {
            guard
                let relation = schema.relation(named: name)
                    ?? schema.relations.first(where: { $0.name.lowercased() == name.lowercased() })
            else {
                let names = schema.relations.map(\.name).joined(separator: ", ")
                throw PanePathError(
                    "\(schema.name) has no relation \"\(name)\"" + (names.isEmpty ? "" : " (relations: \(names))"))
            }
            target.relation = relation
        }
        return target
    }

    /// A key typed on the command line, as the column stores it.
    static func value(_ text: String, for field: FieldSchema?) -> DatabaseValue {
        if field?.type != .text, let number = Int64(text) { return .integer(number) }
        if field?.type == .real, let number = Double(text) { return .real(number) }
        if field == nil, let number = Int64(text) { return .integer(number) }
        return .text(text)
    }
}
