import SwiftDiagnostics
import SwiftSyntax
import SwiftSyntaxMacros

/// The implementation of `@Model`, which turns a struct into an Ommi model.
///
/// The member role adds the static field and relation descriptors and the memberwise initializer
/// (see ``ModelDeclaration/memberDeclarations``); the member-attribute role makes each relation
/// field computed from the model's current values (see ``RelationAccessorMacro``); the extension
/// role adds the conformances to `Model` and `CustomReflectable` (see
/// ``ModelDeclaration/conformance(of:)``). All analyse the struct with ``ModelDeclaration``. Problems are
/// reported by the member role only, so each appears once, and while there is one no role
/// generates code that would only add errors of its own.
public struct ModelMacro: MemberMacro, MemberAttributeMacro, ExtensionMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingMembersOf declaration: some DeclGroupSyntax,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        guard let structDeclaration = declaration.as(StructDeclSyntax.self) else {
            context.diagnose(Diagnostic(node: node, message: ModelDiagnostic.notAStruct(kind: declaration.kindName)))
            return []
        }
        let model = ModelDeclaration(structDeclaration, attribute: node)
        guard model.diagnostics.isEmpty else {
            model.diagnostics.forEach(context.diagnose)
            return []
        }
        return model.memberDeclarations
    }

    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingAttributesFor member: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [AttributeSyntax] {
        guard let variable = member.as(VariableDeclSyntax.self),
            let structDeclaration = declaration.as(StructDeclSyntax.self)
        else { return [] }
        let model = ModelDeclaration(structDeclaration, attribute: node)
        guard model.diagnostics.isEmpty else { return [] }
        let names = Set(variable.bindings.compactMap { $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text })
        guard model.relations.contains(where: { names.contains($0.property.identifier) }) else { return [] }
        return ["@Ommi::RelationAccessor"]
    }

    public static func expansion(
        of node: AttributeSyntax,
        attachedTo declaration: some DeclGroupSyntax,
        providingExtensionsOf type: some TypeSyntaxProtocol,
        conformingTo protocols: [TypeSyntax],
        in context: some MacroExpansionContext
    ) throws -> [ExtensionDeclSyntax] {
        guard let structDeclaration = declaration.as(StructDeclSyntax.self) else { return [] }
        let model = ModelDeclaration(structDeclaration, attribute: node)
        guard model.diagnostics.isEmpty else { return [] }
        let missing = Set(protocols.map { $0.trimmedDescription.split(separator: ".").last.map(String.init) ?? "" })
        var extensions: [ExtensionDeclSyntax] = []
        if missing.contains("Model") { extensions.append(try model.conformance(of: type)) }
        if missing.contains("CustomReflectable") { extensions.append(try model.reflection(of: type)) }
        return extensions
    }
}

extension DeclGroupSyntax {
    /// How the declaration is introduced, for the message of `@Model` on something else than a struct.
    fileprivate var kindName: String {
        switch Syntax(self).as(SyntaxEnum.self) {
        case .classDecl: "class"
        case .enumDecl: "enum"
        case .actorDecl: "actor"
        case .protocolDecl: "protocol"
        case .extensionDecl: "extension"
        default: "declaration"
        }
    }
}
