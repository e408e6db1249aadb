import SwiftDiagnostics
import SwiftSyntax

extension ModelDeclaration {
    /// The column of the stored property `@Model(label: \.title)` names, or nil when the argument
    /// is absent or `nil`. The key path is written without a root (the compiler roots it at
    /// `LabelProperty`) and has one component, a stored column of the model.
    static func labelColumn(
        in attribute: AttributeSyntax, columns: [Column], typeName: String, diagnostics: inout [Diagnostic]
    ) -> String? {
        let arguments = attribute.arguments?.as(LabeledExprListSyntax.self)
        guard let argument = arguments?.first(where: { $0.label?.text == "label" }),
            !argument.expression.is(NilLiteralExprSyntax.self)
        else { return nil }
        guard let keyPath = argument.expression.as(KeyPathExprSyntax.self), keyPath.components.count == 1,
            let component = keyPath.components.first?.component.as(KeyPathPropertyComponentSyntax.self),
            component.genericArgumentClause == nil, keyPath.root == nil
        else {
            diagnostics.append(
                Diagnostic(node: argument.expression, message: ModelDiagnostic.labelNotAKeyPath(type: typeName)))
            return nil
        }
        let name = component.declName.baseName.identifier?.name ?? component.declName.baseName.text
        guard let column = columns.first(where: { $0.property.name == name }) else {
            diagnostics.append(
                Diagnostic(
                    node: argument.expression, message: ModelDiagnostic.labelUnknownField(name: name, type: typeName)))
            return nil
        }
        return column.column
    }
}
