import SwiftSyntax
import SwiftSyntaxBuilder

/// The declarations the member role adds inside the struct.
extension ModelDeclaration {
    /// A static ``Field`` descriptor per column (`Post.title`), a static `RelationDescriptor` per
    /// relation (`Post.tags`), and the memberwise initializer unless the struct declares one with
    /// the same labels.
    var memberDeclarations: [DeclSyntax] {
        var declarations: [DeclSyntax] = columns.map { column in
            let property = column.property
            return DeclSyntax(
                stringLiteral: """
                    \(accessPrefix)static let \(property.identifier) = Field<\(typeName), \(property.type)>(\
                    name: \(quoted(property.name)), column: \(quoted(column.column)), table: \(quoted(tableName)))
                    """)
        }
        declarations += relations.map { relation in
            DeclSyntax(
                stringLiteral: """
                    \(accessPrefix)static let \(relation.property.identifier) = \
                    RelationDescriptor<\(typeName), \(relation.target)>(name: \(quoted(relation.property.name)))
                    """)
        }
        if !declaredInitializerLabels.contains(columns.map(\.property.name)) {
            declarations.append(memberwiseInitializer)
        }
        return declarations
    }

    /// An initializer taking every column, in declaration order, and setting every relation field
    /// to an unconnected one. It replaces Swift's memberwise initializer, which would ask for the
    /// relation fields too.
    ///
    /// A parameter defaults to the property's initial value; an `@Auto` key without one defaults to
    /// `nil` or `0`, the values that ask the database for a new key.
    private var memberwiseInitializer: DeclSyntax {
        let parameters = columns.map { column in
            let property = column.property
            var parameter = "\(property.identifier): \(property.type)"
            if let initializer = property.initializer {
                parameter += " = \(initializer)"
            } else if column.isAuto {
                parameter += column.isOptional ? " = nil" : " = 0"
            }
            return parameter
        }
        let body = initialization { _, column in "self.\(column.property.identifier) = \(column.property.identifier)" }
        return DeclSyntax(
            stringLiteral: block("\(accessPrefix)init(\(parameters.joined(separator: ", ")))", body: body))
    }
}
