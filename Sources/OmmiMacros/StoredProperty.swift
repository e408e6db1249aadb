import SwiftDiagnostics
import SwiftSyntax

/// A stored instance property of a `@Model` struct, read from its declaration.
///
/// Only properties the model has to initialize become one: static and `lazy` properties,
/// computed properties and `let`s with an initial value are left to Swift.
struct StoredProperty {
    /// The name as spelled in Swift, backticks included (`` `default` ``), for generated code.
    let identifier: String
    /// The name without backticks, for the field and column names in generated strings.
    let name: String
    /// The declared type, copied as written.
    let type: TypeSyntax
    /// The initial value, which becomes the default of the initializer parameter.
    let initializer: ExprSyntax?
    /// Whether the property is a `let`, which generated code can set only while initializing.
    let isLet: Bool
    let markers: FieldMarkers
    /// Where diagnostics about the property point.
    let pattern: IdentifierPatternSyntax

    /// The stored properties of a type's members, in declaration order.
    ///
    /// A property whose type cannot be known from its declaration (no annotation, or an implicitly
    /// unwrapped optional) or that destructures a tuple is reported and left out.
    static func collect(from members: MemberBlockItemListSyntax, diagnostics: inout [Diagnostic]) -> [StoredProperty] {
        var properties: [StoredProperty] = []
        for member in members {
            guard let variable = member.decl.as(VariableDeclSyntax.self), !variable.isStaticOrLazy else { continue }
            let isLet = variable.bindingSpecifier.tokenKind == .keyword(.let)
            let markers = FieldMarkers(variable.attributes)
            let bindings = Array(variable.bindings)
            for (index, binding) in bindings.enumerated() {
                guard !binding.isComputed, !(isLet && binding.initializer != nil) else { continue }
                guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
                    diagnostics.append(Diagnostic(node: binding.pattern, message: ModelDiagnostic.unsupportedPattern))
                    continue
                }
                let name = pattern.identifier.identifier?.name ?? pattern.identifier.text
                guard let type = declaredType(of: bindings, at: index) else {
                    diagnostics.append(Diagnostic(node: pattern, message: ModelDiagnostic.missingType(property: name)))
                    continue
                }
                properties.append(
                    StoredProperty(
                        identifier: pattern.identifier.text, name: name, type: type,
                        initializer: binding.initializer?.value.trimmed, isLet: isLet, markers: markers,
                        pattern: pattern))
            }
        }
        return properties
    }

    /// The type of the binding at `index`: its own annotation or, in `var a, b: Int`, the annotation
    /// of the next binding that has one. Implicitly unwrapped optionals count as no type, since
    /// `Optional` is what the column would store.
    private static func declaredType(of bindings: [PatternBindingSyntax], at index: Int) -> TypeSyntax? {
        var annotation: TypeAnnotationSyntax?
        for binding in bindings[index...] {
            if let own = binding.typeAnnotation {
                annotation = own
                break
            }
            if binding.initializer != nil { break }
        }
        guard let type = annotation?.type, !type.is(ImplicitlyUnwrappedOptionalTypeSyntax.self) else { return nil }
        return type.trimmed
    }
}

extension VariableDeclSyntax {
    /// Whether the declaration is a type property or a lazy one, neither of which is a column.
    fileprivate var isStaticOrLazy: Bool {
        modifiers.contains { modifier in
            switch modifier.name.tokenKind {
            case .keyword(.static), .keyword(.class), .keyword(.lazy): true
            default: false
            }
        }
    }
}

extension PatternBindingSyntax {
    /// Whether the binding has a getter (`var x: Int { 1 }`, `get`/`set`, `_read`…) rather than
    /// only observers (`willSet`/`didSet`), which stored properties may have.
    fileprivate var isComputed: Bool {
        switch accessorBlock?.accessors {
        case .none: false
        case .getter: true
        case .accessors(let accessors):
            accessors.contains { accessor in
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.willSet), .keyword(.didSet): false
                default: true
                }
            }
        }
    }
}
