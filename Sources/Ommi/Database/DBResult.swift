/// The outcome of a database call as a value: the non-throwing form of every call, in the
/// manner of the original Ommi's result objects.
///
/// ```swift
/// let post = await DBResult { try await db.find(Post.id == 1).one() }.orUse(placeholder)
/// switch await post.tags.result {
/// case .success(let tags): print(tags.count)
/// case .failure(let error): print(error.message)
/// }
/// ```
public enum DBResult<Value: Sendable>: Sendable {
    case success(Value)
    case failure(OmmiError)

    /// Runs a throwing call and captures its outcome; errors other than ``OmmiError`` are wrapped
    /// as ``OmmiError/Kind/driver``.
    public init(catching body: () async throws -> Value) async {
        do {
            self = .success(try await body())
        } catch let error as OmmiError {
            self = .failure(error)
        } catch {
            self = .failure(OmmiError(.driver, String(describing: error)))
        }
    }

    /// The value, or the error thrown.
    public func orRaise() throws(OmmiError) -> Value {
        switch self {
        case .success(let value): return value
        case .failure(let error): throw error
        }
    }

    /// The value, or `fallback` on failure.
    public func orUse(_ fallback: Value) -> Value {
        switch self {
        case .success(let value): value
        case .failure: fallback
        }
    }

    /// The value, or what `handler` makes of the error.
    public func orElse(_ handler: (OmmiError) -> Value) -> Value {
        switch self {
        case .success(let value): value
        case .failure(let error): handler(error)
        }
    }

    /// The error, if the call failed.
    public var error: OmmiError? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
