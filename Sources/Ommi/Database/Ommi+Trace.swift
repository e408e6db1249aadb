extension Ommi {
    /// Calls `handler` with the SQL of every statement the database runs from now on, whatever
    /// the driver, transaction steps included; nil stops tracing. One handler at a time: a new one
    /// replaces the last.
    ///
    /// ```swift
    /// db.trace { sql in print(sql) }
    /// let posts = try await db.find(Post.self).including(Post.tags).all()
    /// db.trace(nil)
    /// ```
    public func trace(_ handler: (@Sendable (String) -> Void)?) {
        driver.trace(handler)
    }
}
