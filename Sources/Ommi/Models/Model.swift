/// A type whose values are rows of a table.
///
/// Write `@Model` on a struct rather than conforming by hand: the macro generates the schema, a
/// static ``Field`` descriptor per stored property, positional decoding and encoding, and the
/// binding of relation fields.
public protocol Model: Sendable {
    /// The table, columns, keys and relations of the model.
    static var schema: ModelSchema { get }

    /// Decodes a row whose columns are in the order of `schema.fields`.
    init(row: Row) throws

    /// The values of the stored columns, in the order of `schema.fields`.
    var databaseValues: [DatabaseValue] { get }

    /// Stores a key the database assigned on insert into the `@Auto` field.
    mutating func assignAutoKey(_ value: DatabaseValue) throws

    /// Connects the relation fields to the database the model was read from or written to.
    mutating func bindRelations(to owner: RelationOwner)
}

extension Model {
    /// Does nothing for a model without an `@Auto` key.
    public mutating func assignAutoKey(_ value: DatabaseValue) throws {}
    /// Does nothing for a model without relations.
    public mutating func bindRelations(to owner: RelationOwner) {}
}
