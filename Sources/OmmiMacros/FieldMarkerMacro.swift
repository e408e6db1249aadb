import SwiftSyntax
import SwiftSyntaxMacros

/// The implementation of the field markers `@Key`, `@Auto`, `@StoreAs`, `@Unique`, `@Indexed`,
/// `@AssociateUsing` and `@Via`.
///
/// A marker adds nothing by itself: `@Model` reads the markers of each property from the syntax
/// (see ``FieldMarkers``). Declaring them as macros, rather than leaving them unknown attributes,
/// lets the compiler check their arguments: `@AssociateUsing(PostTag.self)` must name a model.
public struct FieldMarkerMacro: PeerMacro {
    public static func expansion(
        of node: AttributeSyntax,
        providingPeersOf declaration: some DeclSyntaxProtocol,
        in context: some MacroExpansionContext
    ) throws -> [DeclSyntax] {
        []
    }
}
