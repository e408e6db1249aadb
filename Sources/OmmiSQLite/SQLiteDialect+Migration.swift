import Foundation
import Ommi

/// SQLite changes little of a table in place: a type, nullability or constraint change rebuilds
/// the table with foreign keys switched off, and columns are compared by type affinity.
extension SQLiteDialect: SchemaEvolution {
    /// The column's affinity, with INTEGER and NUMERIC as one (they store every value alike) and
    /// a column without a type beside BLOB.
    public func typeFamily(_ declaredType: String) -> String {
        switch SQLiteIntrospection.affinity(declaredType) {
        case .integer: "NUMERIC"
        case .real: "REAL"
        case .text: "TEXT"
        case .blob: "BLOB"
        case .any: declaredType.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "BLOB" : "NUMERIC"
        }
    }

    /// No: SQLite's `ALTER TABLE` cannot change a column, so tables are rebuilt.
    public var altersTablesInPlace: Bool { false }

    /// `PRAGMA foreign_keys`, switched outside the migration's transaction, and
    /// `PRAGMA foreign_key_check` before it commits.
    public var foreignKeySwitch: ForeignKeySwitch? {
        ForeignKeySwitch(
            state: "PRAGMA foreign_keys", off: "PRAGMA foreign_keys = OFF", on: "PRAGMA foreign_keys = ON",
            check: "PRAGMA foreign_key_check")
    }
}
