import Foundation

/// How a database changes tables that already hold rows: which declared column types it treats
/// alike, whether `ALTER TABLE` can change a column in place, and how foreign keys are switched
/// off while a table is rebuilt.
///
/// A driver's dialect adopts it; a dialect that does not is treated as standard SQL (every type
/// name its own, tables changed in place, foreign keys always on).
public protocol SchemaEvolution: Sendable {
    /// The name of the family of a declared column type: two columns whose types are in one family
    /// store and compare values alike (SQLite's `INTEGER` and `INT`, PostgreSQL's `bigint` and
    /// `integer`), so a model and a table that differ only there are no difference.
    func typeFamily(_ declaredType: String) -> String

    /// Whether `ALTER TABLE` can change a column's type or nullability, drop a constrained column,
    /// add a NOT NULL column without a default and add or drop constraints. When it cannot, the
    /// table is rebuilt: a new table, the rows copied, the old one dropped, the new one renamed.
    var altersTablesInPlace: Bool { get }

    /// The statements that switch foreign key enforcement around a rebuild, or nil when the
    /// database checks them on its own at the end of each statement or transaction.
    var foreignKeySwitch: ForeignKeySwitch? { get }
}

extension SchemaEvolution {
    /// The type name trimmed and uppercased: only the same name is the same family.
    public func typeFamily(_ declaredType: String) -> String {
        declaredType.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
    }

    /// Yes: standard SQL's `ALTER TABLE`.
    public var altersTablesInPlace: Bool { true }

    /// None: foreign keys are checked by the database as it goes.
    public var foreignKeySwitch: ForeignKeySwitch? { nil }
}

/// The statements that suspend foreign key enforcement for a migration and check the references
/// before it commits (SQLite's `PRAGMA foreign_keys`, which cannot change inside a transaction).
public struct ForeignKeySwitch: Sendable {
    /// A query whose one row says (1 or 0) whether enforcement is on now.
    public var state: String
    /// Turns enforcement off; run outside any transaction.
    public var off: String
    /// Turns enforcement back on; run outside any transaction.
    public var on: String
    /// A query that returns one row per reference to a missing row: table, row, referenced table.
    public var check: String

    /// The four statements of a switch.
    public init(state: String, off: String, on: String, check: String) {
        self.state = state
        self.off = off
        self.on = on
        self.check = check
    }
}

/// Standard SQL, for dialects that do not say otherwise.
struct StandardSchemaEvolution: SchemaEvolution {}

extension SQLDialect {
    /// How this dialect's database changes existing tables.
    var evolution: any SchemaEvolution {
        (self as? any SchemaEvolution) ?? StandardSchemaEvolution()
    }
}
