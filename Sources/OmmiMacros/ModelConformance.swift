import SwiftSyntax
import SwiftSyntaxBuilder

/// What makes the struct a `Model`: the members the member role adds for it, and the extensions
/// the extension role adds, to `Model` and to `CustomReflectable` so that printing a model shows
/// its values.
extension ModelDeclaration {
    /// The schema, positional decoding and encoding, and, when the model has them, the `@Auto` key
    /// assignment and the relation binding (the protocol's defaults do nothing).
    ///
    /// They are members of the struct rather than of the extension so that the types they name
    /// resolve as they do where the model's properties are written, also for a model nested in
    /// another type.
    var conformanceMembers: [String] {
        [schema, rowInitializer, databaseValues] + [autoKeyAssignment, relationBinding].compactMap { $0 }
    }

    /// `extension Post: Ommi::Model {}`.
    func conformance(of type: some TypeSyntaxProtocol) throws -> ExtensionDeclSyntax {
        try ExtensionDeclSyntax("extension \(raw: type.trimmed): Ommi::Model {}")
    }

    /// `extension Post: Swift::CustomReflectable`, whose mirror lists the columns by property name
    /// as a struct's would: `print(post)`, `String(describing:)` and `dump` show the values, not the
    /// storage of `@ReferenceTo` wrappers nor the binding of relation fields, which are left out.
    func reflection(of type: some TypeSyntaxProtocol) throws -> ExtensionDeclSyntax {
        let children = columns.map { "(label: \(quoted($0.property.name)), value: \($0.property.identifier) as Any)" }
        let mirror = block(
            "\(accessPrefix)var customMirror: Swift::Mirror",
            body: ["Swift::Mirror(self, children: [\(children.joined(separator: ", "))], displayStyle: .struct)"])
        return try ExtensionDeclSyntax(
            "\(raw: block("extension \(type.trimmed): Swift::CustomReflectable", body: [mirror]))")
    }

    /// The `ModelSchema`, written one argument per line. Arguments that have their default value
    /// (no key, no relations, no rowid, no initial value or `nil`, no unique groups, no label) are
    /// left out; a property's initial value is its column's default.
    private var schema: String {
        let fields = columns.map { column in
            let property = column.property
            var arguments = [
                "name: \(quoted(property.name))", "column: \(quoted(column.column))",
                "valueType: \(property.type).self",
            ]
            if column.isKey { arguments.append("isKey: true") }
            if column.isAuto { arguments.append("isAuto: true") }
            if let reference = column.reference { arguments.append("reference: \(reference).reference") }
            if let initial = property.initializer, !column.isAuto, !initial.is(NilLiteralExprSyntax.self) {
                arguments.append("defaultValue: \(initial)")
            }
            if column.isUnique { arguments.append("isUnique: true") }
            if column.isIndexed { arguments.append("isIndexed: true") }
            return "Ommi::FieldSchema(\(arguments.joined(separator: ", ")))"
        }
        let relations = relations.map { relation in
            var arguments = [
                "name: \(quoted(relation.property.name))", "kind: .\(relation.kind.rawValue)",
                "target: .type(\(relation.target).self)",
            ]
            if let through = relation.through { arguments.append("through: .type(\(through))") }
            if let via = relation.via { arguments.append("via: [\(via).column]") }
            return "Ommi::RelationSchema(\(arguments.joined(separator: ", ")))"
        }
        var arguments = [
            "name: \(quoted(typeName))", "tableName: \(quoted(tableName))", Self.arrayArgument("fields", fields),
        ]
        if !relations.isEmpty { arguments.append(Self.arrayArgument("relations", relations)) }
        if !uniqueGroups.isEmpty {
            let groups = uniqueGroups.map { "[" + $0.map(quoted).joined(separator: ", ") + "]" }
            arguments.append("uniqueConstraints: [\(groups.joined(separator: ", "))]")
        }
        if let labelColumn { arguments.append("labelColumn: \(quoted(labelColumn))") }
        return """
            \(accessPrefix)static let schema = Ommi::ModelSchema(
            \(arguments.joined(separator: ",\n").indented)
            )
            """
    }

    /// Decodes the columns in schema order.
    private var rowInitializer: String {
        let body = initialization { index, column in
            "self.\(column.property.identifier) = try row.decode(\(column.property.type).self, at: \(index))"
        }
        return block("\(accessPrefix)init(row: Ommi::Row) throws", body: body)
    }

    /// The column values in schema order.
    private var databaseValues: String {
        let values = columns.map { "\($0.property.identifier).databaseValue" }
        return block(
            "\(accessPrefix)var databaseValues: [Ommi::DatabaseValue]", body: ["[\(values.joined(separator: ", "))]"])
    }

    /// Stores the key the database assigned into the `@Auto` column.
    private var autoKeyAssignment: String? {
        guard let column = autoColumn else { return nil }
        let property = column.property
        return block(
            "\(accessPrefix)mutating func assignAutoKey(_ value: Ommi::DatabaseValue) throws",
            body: [
                "self.\(property.identifier) = try Ommi::AutoKey.decode(\(property.type).self, from: value, field: \(quoted(property.name)))"
            ])
    }

    /// Connects the relation fields to the row the value now is.
    private var relationBinding: String? {
        guard !relations.isEmpty else { return nil }
        return block(
            "\(accessPrefix)mutating func bindRelations(to owner: Ommi::RelationOwner)",
            body: ["self.\(Self.relationBindingName) = Ommi::RelationBinding(owner: owner)"])
    }

    /// `label: [` with one element per line and a trailing comma after each, or `label: []`.
    private static func arrayArgument(_ label: String, _ elements: [String]) -> String {
        guard !elements.isEmpty else { return "\(label): []" }
        return "\(label): [\n" + elements.map { "    \($0)," }.joined(separator: "\n") + "\n]"
    }
}
