/// Declares that a stored property references a field of another (or the same) model, a
/// foreign key: `@ReferenceTo(Author.id) var authorID: Int?`.
///
/// The property's type must be the referenced field's type or its optional; any other pairing is
/// a compile-time error at the attribute. That the referenced field is a key of its model is
/// checked by `setup(on:)`, which sees both schemas.
///
/// The wrapper stores only the value; `@Model` assigns it in the initializers it generates. (It is
/// a property wrapper rather than a macro because a macro argument cannot name the `Author.id`
/// descriptor that `@Model` itself generates.) It compares, hashes and codes as its value, so a
/// model that adopts `Equatable`, `Hashable` or `Codable` treats the property as any other.
@propertyWrapper
public struct ReferenceTo<Value: Sendable>: Sendable {
    private var storage: Value?

    /// The referenced key's value (or nil for a nullable reference).
    public var wrappedValue: Value {
        get {
            guard let storage else { preconditionFailure("a @ReferenceTo property was read before it was assigned") }
            return storage
        }
        set { storage = newValue }
    }

    /// A reference to a field of the property's own type.
    public init<Root: Model>(wrappedValue: Value, _ field: @autoclosure () -> Field<Root, Value>) {
        self.storage = wrappedValue
    }

    /// A reference to a field whose value the property holds optionally (a nullable reference).
    public init<Root: Model, Referenced>(wrappedValue: Value, _ field: @autoclosure () -> Field<Root, Referenced>)
    where Value == Referenced? {
        self.storage = wrappedValue
    }

    /// The state before an initializer assigns the property; Swift requires it of wrappers whose
    /// attribute takes arguments.
    public init<Root: Model>(_ field: @autoclosure () -> Field<Root, Value>) {
        self.storage = nil
    }

    /// The state before an initializer assigns a nullable reference.
    public init<Root: Model, Referenced>(_ field: @autoclosure () -> Field<Root, Referenced>)
    where Value == Referenced? {
        self.storage = nil
    }

    /// Refused at compile time: the property's type must be the field's or its optional.
    @available(
        *, unavailable, message: "@ReferenceTo needs a field of the property's type, or the property to be its optional"
    )
    public init<Root: Model, Other>(wrappedValue: Value, _ field: @autoclosure () -> Field<Root, Other>) {
        self.storage = wrappedValue
    }

    /// Refused at compile time: the property's type must be the field's or its optional.
    @available(
        *, unavailable, message: "@ReferenceTo needs a field of the property's type, or the property to be its optional"
    )
    public init<Root: Model, Other>(_ field: @autoclosure () -> Field<Root, Other>) {
        self.storage = nil
    }
}

extension ReferenceTo: Equatable where Value: Equatable {}
extension ReferenceTo: Hashable where Value: Hashable {}

extension ReferenceTo: Encodable where Value: Encodable {
    /// Encodes the value alone, as the property would without the wrapper.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

extension ReferenceTo: Decodable where Value: Decodable {
    /// Decodes the value alone, as the property would without the wrapper.
    public init(from decoder: any Decoder) throws {
        self.storage = try decoder.singleValueContainer().decode(Value.self)
    }
}
