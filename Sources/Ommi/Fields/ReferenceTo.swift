/// Declares that the property references a column of another model (a foreign key):
/// `@ReferenceTo(Post.id) var postID: Int`.
///
/// `@Model` reads the attribute to build the schema and initializes the property in the
/// initializers it generates. (It is a property wrapper rather than a macro because macro
/// arguments cannot name the `Post.id` descriptor that `@Model` generates.)
@propertyWrapper
public struct ReferenceTo<Value: Sendable>: Sendable {
    private var storage: Value?

    public var wrappedValue: Value {
        get {
            guard let storage else { preconditionFailure("a @ReferenceTo property was read before it was assigned") }
            return storage
        }
        set { storage = newValue }
    }

    public init<Target: Model, Referenced: DatabaseValueConvertible>(
        wrappedValue: Value, _ field: @autoclosure () -> Field<Target, Referenced>
    ) {
        self.storage = wrappedValue
    }

    /// The state before an initializer assigns the property; Swift requires it of wrappers whose
    /// attribute takes arguments.
    public init<Target: Model, Referenced: DatabaseValueConvertible>(_ field: @autoclosure () -> Field<Target, Referenced>) {
        self.storage = nil
    }
}

/// Names the referencing field a relation follows where several references lead to the same
/// model: `@Via(Transfer.senderID) var sent: LazyLoadEveryRelated<Transfer>`.
@propertyWrapper
public struct Via<Value: Sendable>: Sendable {
    private var storage: Value?

    public var wrappedValue: Value {
        get {
            guard let storage else { preconditionFailure("a @Via property was read before it was assigned") }
            return storage
        }
        set { storage = newValue }
    }

    public init<Source: Model, Referencing: DatabaseValueConvertible>(
        wrappedValue: Value, _ field: @autoclosure () -> Field<Source, Referencing>
    ) {
        self.storage = wrappedValue
    }

    /// The state before an initializer assigns the property; Swift requires it of wrappers whose
    /// attribute takes arguments.
    public init<Source: Model, Referencing: DatabaseValueConvertible>(_ field: @autoclosure () -> Field<Source, Referencing>) {
        self.storage = nil
    }
}
