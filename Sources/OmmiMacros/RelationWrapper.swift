import SwiftSyntax

/// The lazy field types that make a property a relation rather than a column.
enum RelationWrapper: String {
    case theRelated = "LazyLoadTheRelated"
    case everyRelated = "LazyLoadEveryRelated"

    /// The wrapper and its target when `type` is spelled `LazyLoadTheRelated<T>`,
    /// `LazyLoadEveryRelated<T>`, or either qualified with the module (`Ommi.LazyLoadTheRelated<T>`).
    static func match(_ type: TypeSyntax) -> (wrapper: RelationWrapper, target: TypeSyntax)? {
        let name: TokenSyntax
        let genericArguments: GenericArgumentClauseSyntax?
        if let identifier = type.as(IdentifierTypeSyntax.self) {
            (name, genericArguments) = (identifier.name, identifier.genericArgumentClause)
        } else if let member = type.as(MemberTypeSyntax.self),
            let module = member.baseType.as(IdentifierTypeSyntax.self),
            module.name.text == "Ommi", module.genericArgumentClause == nil
        {
            (name, genericArguments) = (member.name, member.genericArgumentClause)
        } else {
            return nil
        }
        guard let wrapper = RelationWrapper(rawValue: name.text),
            let arguments = genericArguments?.arguments, arguments.count == 1,
            case .type(let target) = arguments.first?.argument
        else { return nil }
        return (wrapper, target.trimmed)
    }
}
