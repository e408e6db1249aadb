import SwiftSyntax
import SwiftSyntaxMacros

/// The implementation of `@RelationAccessor`, which `@Model` attaches to each relation field.
///
/// It turns the field into a computed property that builds the lazy field from the model's
/// binding and its current column values, so that `book.author` follows `book.authorID` after it
/// changes, rather than the key the value was read with.
public struct RelationAccessorMacro: AccessorMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingAccessorsOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [AccessorDeclSyntax] {
        guard let variable = declaration.as(VariableDeclSyntax.self), variable.bindings.count == 1,
            let pattern = variable.bindings.first?.pattern.as(IdentifierPatternSyntax.self)
        else { return [] }
        let name = pattern.identifier.identifier?.name ?? pattern.identifier.text
        return [
            """
            get {
                .init(binding: \(raw: ModelDeclaration.relationBindingName), relation: \(raw: quoted(name)), values: databaseValues)
            }
            """
        ]
    }
}
