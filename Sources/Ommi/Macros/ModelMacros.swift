/// Makes a struct a ``Model``: generates its ``ModelSchema``, one static ``Field`` descriptor per
/// stored property (`Post.id`), a ``RelationDescriptor`` per relation field (`Post.tags`),
/// positional decoding and encoding, and a memberwise initializer that leaves relation fields out
/// and lets optional properties default to `nil`.
///
/// The model behaves as a Swift value: printing it shows its column values; it may adopt
/// `Equatable`, `Hashable`, `Codable` and `Identifiable`, in which its relation fields take no
/// part. A model needs a key: `@Key` properties, an `@Auto` one, or a property named `id`.
///
/// - Parameters:
///   - name: the table name; the type's name when omitted.
///   - unique: groups of property names whose values no two rows may share, each a `UNIQUE`
///     constraint over its columns: `@Model(unique: [["authorID", "title"]])`. A name that is not a
///     stored property of the model is a compile-time error.
///   - label: the stored property whose value names a row where a person reads it, in the
///     browser's references, record titles, picker and breadcrumbs: `@Model(label: \.title)`.
///     Without one, the browser picks a name- or title-like text column. A key path to anything
///     but a stored column of the model is a compile-time error.
@attached(member, names: arbitrary)
@attached(memberAttribute)
@attached(extension, conformances: Model, CustomReflectable, names: named(customMirror))
public macro Model(name: String? = nil, unique: [[String]] = [], label: KeyPath<LabelProperty, String>? = nil) =
    #externalMacro(module: "OmmiMacros", type: "ModelMacro")

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

/// Gives the column a `UNIQUE` constraint: no two rows hold the same value. `setup(on:)` creates it
/// (named `<table>_<column>_unique`), and ``Ommi/upsert(_:)`` resolves conflicts on it.
@attached(peer)
public macro Unique() = #externalMacro(module: "OmmiMacros", type: "FieldMarkerMacro")

/// Gives the column an index of its own for queries that look rows up by it; `setup(on:)` creates
/// it (named `<table>_<column>_index`).
@attached(peer)
public macro Indexed() = #externalMacro(module: "OmmiMacros", type: "FieldMarkerMacro")

/// Makes a `LazyLoadEveryRelated` field many-to-many through an association model.
@attached(peer)
public macro AssociateUsing<Association: Model>(_ association: Association.Type) =
    #externalMacro(module: "OmmiMacros", type: "FieldMarkerMacro")

/// Names the referencing field a relation follows where several references lead to the same
/// model: `@Via(\Transfer.senderID) var sent: LazyLoadEveryRelated<Transfer>`.
@attached(peer)
public macro Via<Root: Model, Value>(_ field: KeyPath<Root, Value>) =
    #externalMacro(module: "OmmiMacros", type: "FieldMarkerMacro")

/// Makes a relation field computed from the model's binding and current values. `@Model` attaches
/// it to every relation field; it is not written by hand.
@attached(accessor, names: named(get))
public macro RelationAccessor() = #externalMacro(module: "OmmiMacros", type: "RelationAccessorMacro")
