import Foundation

/// The start of a text or BLOB value as a driver reads it without loading the rest (see
/// ``Driver/storedHeads(table:column:rowIDs:count:)``): how many bytes the value takes, and its
/// first bytes.
public struct StoredHead: Sendable, Hashable {
    /// How many bytes the whole value takes.
    public var count: Int
    /// The value's first bytes: all of them when the value is no longer than was asked for.
    public var bytes: Data

    /// The head of a value of `count` bytes that starts with `bytes`.
    public init(count: Int, bytes: Data) {
        self.count = count
        self.bytes = bytes
    }
}
