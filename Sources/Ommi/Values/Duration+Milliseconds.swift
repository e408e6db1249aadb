extension Duration {
    /// The whole milliseconds of a duration, for settings that drivers take in milliseconds
    /// (SQLite's busy timeout, PostgreSQL's `lock_timeout`).
    package var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
