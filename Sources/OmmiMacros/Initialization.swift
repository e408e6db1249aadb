/// The statements that both generated initializers, the memberwise one and `init(row:)`, share.
extension ModelDeclaration {
    /// A statement per stored property: `assignment` for each column, given its index in the
    /// schema, and an unconnected field for each relation (the wrapper's generic argument is
    /// inferred from the property's type).
    ///
    /// The properties that may be wrapped are assigned last, once every other one is set, since
    /// assigning them calls a setter (see ``FieldMarkers/mayBeWrapped``); the others keep their
    /// declaration order, columns before relations.
    func initialization(assigningColumn assignment: (_ index: Int, Column) -> String) -> [String] {
        let statements =
            columns.enumerated().map { index, column in
                (isWrapped: column.property.markers.mayBeWrapped, text: assignment(index, column))
            }
            + relations.map { relation in
                (
                    isWrapped: relation.property.markers.mayBeWrapped,
                    text: "self.\(relation.property.identifier) = \(relation.wrapper.rawValue)()"
                )
            }
        return statements.filter { !$0.isWrapped }.map(\.text) + statements.filter(\.isWrapped).map(\.text)
    }
}
