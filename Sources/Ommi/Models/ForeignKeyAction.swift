/// What the database does to the rows that refer to a row when that row is deleted (the
/// `ON DELETE` clause of a foreign key).
public enum ForeignKeyAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// The delete is refused while rows refer to it, checked at the end of the statement (or of
    /// the transaction, for a deferred key). The default when a key names no action.
    case noAction
    /// The delete is refused at once while rows refer to it.
    case restrict
    /// The referring rows are deleted with it.
    case cascade
    /// The referring columns are set to NULL.
    case setNull
    /// The referring columns are set to their defaults.
    case setDefault

    /// The action as SQL spells it: `NO ACTION`, `CASCADE`, `SET NULL`.
    public var sql: String {
        switch self {
        case .noAction: "NO ACTION"
        case .restrict: "RESTRICT"
        case .cascade: "CASCADE"
        case .setNull: "SET NULL"
        case .setDefault: "SET DEFAULT"
        }
    }

    /// The action SQL names (`CASCADE`, `set null`), or nil for an unknown spelling.
    public init?(sql: String) {
        let spelled = sql.uppercased()
        guard let action = Self.allCases.first(where: { $0.sql == spelled }) else { return nil }
        self = action
    }
}
