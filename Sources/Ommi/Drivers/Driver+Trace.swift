extension Driver {
    /// Calls `handler` with the SQL of every statement the driver runs from now on, transaction
    /// steps included (nil stops tracing), for logging and for checking how many queries a piece
    /// of code makes.
    public func trace(_ handler: (@Sendable (String) -> Void)?) {
        tracer.set(handler)
    }
}
