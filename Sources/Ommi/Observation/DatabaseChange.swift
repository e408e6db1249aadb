/// A committed change that observers of a database hear of (see ``Ommi/changes(interval:)``).
public struct DatabaseChange: Sendable, Equatable {
    /// The tables written by commits made through this database object, lowercased.
    public var tables: Set<String>
    /// Whether another connection or process committed, to tables the signal does not name.
    public var elsewhere: Bool

    /// A change to `tables` through this database object, and from elsewhere when `elsewhere`.
    public init(tables: Set<String> = [], elsewhere: Bool = false) {
        self.tables = tables
        self.elsewhere = elsewhere
    }

    /// Whether nothing changed.
    var isEmpty: Bool { tables.isEmpty && !elsewhere }
}
