import SwiftSyntax

/// The field markers (`@Key`, `@Auto`, `@StoreAs`, …) written on one property declaration.
///
/// `@Model` reads the markers from the syntax, keeping each attribute so that a diagnostic can
/// point at the marker it is about. `@Key`, `@Auto`, `@StoreAs`, `@Unique`, `@Indexed`,
/// `@AssociateUsing` and `@Via` are macros that expand to nothing; `@ReferenceTo` is a property
/// wrapper, because its argument names a field descriptor that `@Model` itself generates, which
/// a macro argument cannot see.
struct FieldMarkers {
    var key: AttributeSyntax?
    var auto: AttributeSyntax?
    var storeAs: AttributeSyntax?
    var unique: AttributeSyntax?
    var indexed: AttributeSyntax?
    var referenceTo: AttributeSyntax?
    var associateUsing: AttributeSyntax?
    var via: AttributeSyntax?
    /// Whether the property may be wrapped: it has `@ReferenceTo` or an attribute that is
    /// not a marker at all, which may be a property wrapper of its own.
    ///
    /// A wrapper whose attribute takes arguments initializes the property before any initializer
    /// runs, so that assigning it is a call to its setter, which needs every other stored
    /// property set first.
    private(set) var mayBeWrapped = false

    init(_ attributes: AttributeListSyntax) {
        for element in attributes {
            guard let attribute = element.as(AttributeSyntax.self) else { continue }
            guard let name = attribute.attributeName.as(IdentifierTypeSyntax.self)?.name.text else {
                mayBeWrapped = true
                continue
            }
            switch name {
            case "Key": key = attribute
            case "Auto": auto = attribute
            case "StoreAs": storeAs = attribute
            case "Unique": unique = attribute
            case "Indexed": indexed = attribute
            case "ReferenceTo":
                referenceTo = attribute
                mayBeWrapped = true
            case "AssociateUsing": associateUsing = attribute
            case "Via": via = attribute
            default: mayBeWrapped = true
            }
        }
    }

    /// The markers present that only make sense on a stored column, with their names, in the
    /// order diagnostics about them are reported.
    var columnOnly: [(name: String, attribute: AttributeSyntax)] {
        [
            ("Key", key), ("Auto", auto), ("StoreAs", storeAs), ("Unique", unique), ("Indexed", indexed),
            ("ReferenceTo", referenceTo),
        ].compactMap { name, attribute in attribute.map { (name, $0) } }
    }
}

extension AttributeSyntax {
    /// The expression of the attribute's first argument: `Post.id` in `@ReferenceTo(Post.id)`.
    var firstArgument: ExprSyntax? {
        arguments?.as(LabeledExprListSyntax.self)?.first?.expression
    }
}
