/// Makes a struct a ``Model``: generates its ``ModelSchema``, one static ``Field`` descriptor per
/// stored property (`Post.id`), a ``RelationDescriptor`` per relation field (`Post.tags`),
/// positional decoding and encoding, and a memberwise initializer that leaves relation fields out.
///
/// - Parameter name: the table name; the type's name when omitted.
@attached(member, names: arbitrary)
@attached(extension, conformances: Model, names: named(schema), named(init(row:)), named(databaseValues), named(assignAutoKey), named(bindRelations))
public macro Model(name: String? = nil) = #externalMacro(module: "OmmiMacros", type: "ModelMacro")

/// Marks a stored property as (part of) the primary key. Several `@Key`s make a composite key.
@attached(peer)
public macro Key() = #externalMacro(module: "OmmiMacros", type: "FieldMarkerMacro")

/// Marks a key whose value the database assigns on insert; `add` returns the value with it set.
/// A value of `0` or `nil` asks for a new key.
@attached(peer)
public macro Auto() = #externalMacro(module: "OmmiMacros", type: "FieldMarkerMacro")

/// Stores the property in a column with another name.
@attached(peer)
public macro StoreAs(_ column: String) = #externalMacro(module: "OmmiMacros", type: "FieldMarkerMacro")

/// Makes a `LazyLoadEveryRelated` field many-to-many through an association model.
@attached(peer)
public macro AssociateUsing<Association: Model>(_ association: Association.Type) =
    #externalMacro(module: "OmmiMacros", type: "FieldMarkerMacro")
