import SwiftSyntax
import SwiftSyntaxBuilder

/// The extension the extension role adds: the conformance to `Model`.
extension ModelDeclaration {
    /// `extension Post: Model { ... }` with the schema, positional decoding and encoding, and, when
    /// the model has them, the `@Auto` key assignment and the relation binding (the protocol's
    /// defaults do nothing).
    ///
    /// - Parameter addsConformance: false when the struct already conforms, in which case the
    ///   extension only provides the members.
    func conformance(of type: some TypeSyntaxProtocol, addsConformance: Bool) throws -> ExtensionDeclSyntax {
        var members = [schema, rowInitializer, databaseValues]
        if let autoKeyAssignment { members.append(autoKeyAssignment) }
        if let relationBinding { members.append(relationBinding) }
        let header = "extension \(type.trimmed)" + (addsConformance ? ": Model" : "")
        return try ExtensionDeclSyntax("\(raw: block(header, body: members))")
    }

    /// The `ModelSchema`, written one argument per line. Arguments that have their default value
    /// (no key, no relations, no rowid, no initial value or `nil`) are left out; a property's
    /// initial value is its column's default.
    private var schema: String {
        let fields = columns.map { column in
            let property = column.property
            var arguments = [
                "name: \(quoted(property.name))", "column: \(quoted(column.column))", "valueType: \(property.type).self",
            ]
            if column.isKey { arguments.append("isKey: true") }
            if column.isAuto { arguments.append("isAuto: true") }
            if let reference = column.reference { arguments.append("reference: \(reference).reference") }
            if let initial = property.initializer, !column.isAuto, !initial.is(NilLiteralExprSyntax.self) {
                arguments.append("defaultValue: \(initial)")
            }
            return "FieldSchema(\(arguments.joined(separator: ", ")))"
        }
        let relations = relations.map { relation in
            var arguments = [
                "name: \(quoted(relation.property.name))", "kind: .\(relation.kind.rawValue)",
                "target: .type(\(relation.target).self)",
            ]
            if let through = relation.through { arguments.append("through: .type(\(through))") }
            if let via = relation.via { arguments.append("via: [\(via).column]") }
            return "RelationSchema(\(arguments.joined(separator: ", ")))"
        }
        var arguments = [
            "name: \(quoted(typeName))", "tableName: \(quoted(tableName))", Self.arrayArgument("fields", fields),
        ]
        if !relations.isEmpty { arguments.append(Self.arrayArgument("relations", relations)) }
        if usesRowID { arguments.append("usesRowID: true") }
        return """
            \(accessPrefix)static let schema = ModelSchema(
            \(arguments.joined(separator: ",\n").indented)
            )
            """
    }

    /// Decodes the columns in schema order and leaves the relation fields unconnected.
    private var rowInitializer: String {
        let body = initialization { index, column in
            "self.\(column.property.identifier) = try row.decode(\(column.property.type).self, at: \(index))"
        }
        return block("\(accessPrefix)init(row: Row) throws", body: body)
    }

    /// The column values in schema order.
    private var databaseValues: String {
        let values = columns.map { "\($0.property.identifier).databaseValue" }
        return block("\(accessPrefix)var databaseValues: [DatabaseValue]", body: ["[\(values.joined(separator: ", "))]"])
    }

    /// Stores the key the database assigned into the `@Auto` column.
    private var autoKeyAssignment: String? {
        guard let column = autoColumn else { return nil }
        let property = column.property
        return block(
            "\(accessPrefix)mutating func assignAutoKey(_ value: DatabaseValue) throws",
            body: [
                "self.\(property.identifier) = try AutoKey.decode(\(property.type).self, from: value, field: \(quoted(property.name)))"
            ])
    }

    /// Connects every relation field to the row it now belongs to.
    private var relationBinding: String? {
        guard !relations.isEmpty else { return nil }
        return block(
            "\(accessPrefix)mutating func bindRelations(to owner: RelationOwner)",
            body: relations.map { relation in
                "self.\(relation.property.identifier) = \(relation.wrapper.rawValue)(owner: owner, relation: \(quoted(relation.property.name)))"
            })
    }

    /// `label: [` with one element per line and a trailing comma after each, or `label: []`.
    private static func arrayArgument(_ label: String, _ elements: [String]) -> String {
        guard !elements.isEmpty else { return "\(label): []" }
        return "\(label): [\n" + elements.map { "    \($0)," }.joined(separator: "\n") + "\n]"
    }
}
