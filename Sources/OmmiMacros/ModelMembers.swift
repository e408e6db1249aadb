import SwiftSyntax
import SwiftSyntaxBuilder

/// The declarations the member role adds inside the struct.
///
/// Every type the generated code names is qualified with its module (`Ommi::Field`,
/// `Swift::String`), so that an application's own `Field`, `Row` or `Model` never changes what it
/// means.
extension ModelDeclaration {
    /// A static ``Field`` descriptor per column (`Post.title`), a static `RelationDescriptor` per
    /// relation (`Post.tags`), the memberwise initializer unless the struct declares one with the
    /// same labels, the `CodingKeys` of the columns unless the struct declares its own, for a
    /// model with relations the binding they load through, and the ``conformanceMembers``.
    var memberDeclarations: [DeclSyntax] {
        var declarations: [DeclSyntax] = columns.map { column in
            let property = column.property
            return DeclSyntax(
                stringLiteral: """
                    \(accessPrefix)static let \(property.identifier) = Ommi::Field<\(typeName), \(property.type)>(\
                    name: \(quoted(property.name)), column: \(quoted(column.column)), table: \(quoted(tableName)))
                    """)
        }
        declarations += relations.map { relation in
            DeclSyntax(
                stringLiteral: """
                    \(accessPrefix)static let \(relation.property.identifier) = \
                    Ommi::RelationDescriptor<\(typeName), \(relation.target)>(name: \(quoted(relation.property.name)))
                    """)
        }
        if !relations.isEmpty {
            declarations.append("var \(raw: Self.relationBindingName) = Ommi::RelationBinding()")
        }
        if !declaredInitializerLabels.contains(columns.map(\.property.name)) {
            declarations.append(memberwiseInitializer)
        }
        if !declaresCodingKeys {
            declarations.append(codingKeys)
        }
        declarations += conformanceMembers.map { DeclSyntax(stringLiteral: $0) }
        return declarations
    }

    /// The stored property that holds a model's ``RelationBinding``.
    static let relationBindingName = "_ommiRelations"

    /// An initializer taking every column, in declaration order. Relation fields are computed
    /// from the binding, so it asks for none of them, unlike Swift's memberwise initializer.
    ///
    /// A parameter defaults to the property's initial value; an optional without one defaults to
    /// `nil`, and an `@Auto` key without one to `nil` or `0`, the values that ask the database for
    /// a new key.
    private var memberwiseInitializer: DeclSyntax {
        let parameters = columns.map { column in
            let property = column.property
            var parameter = "\(property.identifier): \(property.type)"
            if let initializer = property.initializer {
                parameter += " = \(initializer)"
            } else if column.isOptional {
                parameter += " = nil"
            } else if column.isAuto {
                parameter += " = 0"
            }
            return parameter
        }
        let body = initialization { _, column in "self.\(column.property.identifier) = \(column.property.identifier)" }
        return DeclSyntax(
            stringLiteral: block("\(accessPrefix)init(\(parameters.joined(separator: ", ")))", body: body))
    }

    /// The coding keys of the columns, under their property names: a model adopting `Codable`
    /// encodes its values and none of its relation fields.
    private var codingKeys: DeclSyntax {
        let cases = columns.map { "case \($0.property.identifier)" }
        return DeclSyntax(stringLiteral: block("enum CodingKeys: Swift::String, Swift::CodingKey", body: cases))
    }
}
