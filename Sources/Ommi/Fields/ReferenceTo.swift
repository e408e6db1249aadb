/// A stored property annotated with another model's field descriptor, for `@Model` to read.
///
/// Two spellings share it:
/// - `@ReferenceTo(Post.id) var postID: Int` declares a reference (a foreign key).
/// - `@Via(Transfer.senderID) var sent: LazyLoadEveryRelated<Transfer>` names the reference a
///   relation follows where several lead to the same model.
///
/// The wrapper stores only the value; `@Model` assigns it in the initializers it generates.
/// (These are property wrappers rather than macros because macro arguments cannot name the
/// `Post.id` descriptor that `@Model` generates.)
@propertyWrapper
public struct FieldAnnotation<Value: Sendable>: Sendable {
    private var storage: Value?

    public var wrappedValue: Value {
        get {
            guard let storage else { preconditionFailure("an annotated model property was read before it was assigned") }
            return storage
        }
        set { storage = newValue }
    }

    public init<Annotated: Model, AnnotatedValue: DatabaseValueConvertible>(
        wrappedValue: Value, _ field: @autoclosure () -> Field<Annotated, AnnotatedValue>
    ) {
        self.storage = wrappedValue
    }

    /// The state before an initializer assigns the property; Swift requires it of wrappers whose
    /// attribute takes arguments.
    public init<Annotated: Model, AnnotatedValue: DatabaseValueConvertible>(_ field: @autoclosure () -> Field<Annotated, AnnotatedValue>) {
        self.storage = nil
    }
}

/// Declares that the property references a column of another model: `@ReferenceTo(Post.id)`.
public typealias ReferenceTo = FieldAnnotation

/// Names the referencing field a relation follows: `@Via(Transfer.senderID)`.
public typealias Via = FieldAnnotation
