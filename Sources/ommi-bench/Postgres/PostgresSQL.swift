#if PostgreSQL
extension BenchSQL {
    /// The texts Ommi compiles for PostgreSQL: numbered parameters, NULLs placed explicitly in
    /// every ORDER BY. Its driver traces the `BEGIN` and `COMMIT` of a transaction, which the raw
    /// contender sends too.
    static let postgres = BenchSQL(
        placeholder: { "$\($0)" }, ascending: " NULLS FIRST", transaction: ["BEGIN", "COMMIT"])

    /// A write as the driver sends one whose count it needs, which it traces as `write` itself.
    /// postgres-nio hands back no command tag for a prepared statement (the `execute` that
    /// promises one traps), so the count is selected from the rows the write returns; the raw
    /// contender sends the same text, so both ask the server for the same work.
    static func counting(_ write: String) -> String {
        "WITH ommi_changed AS (\(write) RETURNING 1) SELECT count(*) FROM ommi_changed"
    }
}
#endif
