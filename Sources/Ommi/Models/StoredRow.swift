import Foundation

/// A row as an export reads it (see ``DynamicModel/storedRows(_:inlineLimit:)``): numbers and
/// NULL as they are, text and BLOBs as their stored bytes.
public struct StoredRow: Sendable, Hashable {
    /// One value per selected column of the schema, in order.
    public var values: [StoredValue]
    /// The row's values of the query's effective order: where the next page starts, and what
    /// selects this row again to read a long value in windows.
    public var orderValues: [DatabaseValue]

    /// A row of `values`, placed by `orderValues`.
    public init(values: [StoredValue], orderValues: [DatabaseValue]) {
        self.values = values
        self.orderValues = orderValues
    }
}

/// A value of a ``StoredRow``.
public enum StoredValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    /// Text or a BLOB, as bytes: a text's bytes are exactly those stored, valid UTF-8 or not.
    case bytes(StoredBytes)
}

/// The bytes of a text or BLOB value: with the row when short, otherwise only their count, to be
/// read a window at a time so that no value is ever held whole.
public struct StoredBytes: Sendable, Hashable {
    /// What kind of value the bytes are.
    public enum Kind: String, Sendable, Hashable {
        case text
        case blob
    }

    /// Whether the bytes are a text's or a BLOB's.
    public var kind: Kind
    /// How many bytes the value takes.
    public var count: Int
    /// The bytes, when the value came with its row; nil when it is read in windows
    /// (``DynamicModel/storedBytes(ofColumn:in:query:from:count:)``).
    public var inline: Data?

    /// Bytes of `kind`, `count` long, given whole in `inline` or read later in windows.
    public init(kind: Kind, count: Int, inline: Data?) {
        self.kind = kind
        self.count = count
        self.inline = inline
    }
}
