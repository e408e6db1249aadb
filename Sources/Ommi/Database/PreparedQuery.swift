/// A query built once and run with new values, made by ``Ommi/prepare(_:)``:
///
/// ```swift
/// let postByID = db.prepare { (id: Int) in Post.id == id }
/// let post = try await postByID(7).one()
/// let drafts = db.prepare { (author: Int, state: String) in Post.authorID == author && Post.state == state }
/// for post in try await drafts(3, "draft").sorted(by: Post.title).all() { print(post.title) }
/// ```
///
/// Calling it with values gives an ordinary ``Query``, so everything a query does (`one()`,
/// `all()`, `count()`, `update(_:)`, `delete()`, sorting, paging) works on it. The statements its
/// queries run differ only in their values, so the text of each is found once and kept with the
/// prepared query: a call costs building the filter and binding the values.
public struct PreparedQuery<M: Model, each Parameter>: Sendable {
    @usableFromInline let database: Ommi
    @usableFromInline let build: @Sendable (repeat each Parameter) -> Filter<M>
    @usableFromInline let memo = PreparedStatementMemo()

    init(database: Ommi, build: @escaping @Sendable (repeat each Parameter) -> Filter<M>) {
        self.database = database
        self.build = build
    }

    /// The query for these values.
    @inlinable
    public func callAsFunction(_ parameter: repeat each Parameter) -> Query<M> {
        Query(database: database, filter: build(repeat each parameter), memo: memo)
    }
}

extension Ommi {
    /// A query built once, to run with new values: `build` turns the values into the query's
    /// filter, and the prepared query keeps what does not change between calls.
    ///
    /// ```swift
    /// let postByID = db.prepare { (id: Int) in Post.id == id }
    /// let post = try await postByID(7).one()
    /// ```
    ///
    /// `build` runs on every call, so any filter works, even one whose form depends on the
    /// values; queries of one form are the fast case.
    public func prepare<M: Model, each Parameter>(
        _ build: @escaping @Sendable (repeat each Parameter) -> Filter<M>
    ) -> PreparedQuery<M, repeat each Parameter> {
        PreparedQuery(database: self, build: build)
    }
}
