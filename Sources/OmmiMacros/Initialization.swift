/// The statements that both generated initializers, the memberwise one and `init(row:)`, share.
extension ModelDeclaration {
    /// A statement per column: `assignment` for each, given its index in the schema. Relation
    /// fields are computed, so there is nothing to assign for them.
    ///
    /// The properties that may be wrapped are assigned last, once every other one is set, since
    /// assigning them calls a setter (see ``FieldMarkers/mayBeWrapped``); the others keep their
    /// declaration order.
    func initialization(assigningColumn assignment: (_ index: Int, Column) -> String) -> [String] {
        let statements = columns.enumerated().map { index, column in
            (isWrapped: column.property.markers.mayBeWrapped, text: assignment(index, column))
        }
        return statements.filter { !$0.isWrapped }.map(\.text) + statements.filter(\.isWrapped).map(\.text)
    }
}
