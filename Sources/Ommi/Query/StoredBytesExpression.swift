/// The SQL that reads a column's text or BLOB values as bytes, as a dialect writes it (see
/// ``SQLDialect/storedBytes(of:field:)``).
public struct StoredBytesExpression: Sendable, Hashable {
    /// `'text'` or `'blob'` for a value of that kind, NULL for any other value.
    public var kind: String
    /// The value's stored bytes as a BLOB, whose `length` and `substr` count bytes.
    public var bytes: String
    /// The number of bytes of ``bytes``: by default its `length`, which a dialect may reach
    /// without reading the value.
    public var count: String

    /// The three expressions; `count` is the length of `bytes` when not given.
    public init(kind: String, bytes: String, count: String? = nil) {
        self.kind = kind
        self.bytes = bytes
        self.count = count ?? "length(\(bytes))"
    }
}
