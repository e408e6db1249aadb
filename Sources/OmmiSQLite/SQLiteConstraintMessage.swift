import CSQLite
import Ommi

/// What SQLite says about a constraint that refused a write: the kind from the extended result
/// code, the table and columns (or the constraint's name) from the message, whose forms are
/// fixed: `UNIQUE constraint failed: t.a, t.b`, `NOT NULL constraint failed: t.c`,
/// `CHECK constraint failed: name`, `UNIQUE constraint failed: index 'name'`,
/// `FOREIGN KEY constraint failed`, and `foreign key mismatch - "child" referencing "parent"` for a
/// reference to columns no unique key covers.
struct SQLiteConstraintMessage {
    let constraint: OmmiError.Constraint
    let message: String
    var table: String?
    var columns: [String] = []
    var name: String?
    var referencedTable: String?

    /// SQLite's extended codes, `SQLITE_CONSTRAINT` with the kind in the second byte.
    static let checkCode = SQLITE_CONSTRAINT | (1 << 8)
    static let foreignKeyCode = SQLITE_CONSTRAINT | (3 << 8)
    static let notNullCode = SQLITE_CONSTRAINT | (5 << 8)
    static let primaryKeyCode = SQLITE_CONSTRAINT | (6 << 8)
    static let uniqueCode = SQLITE_CONSTRAINT | (8 << 8)
    static let rowIDCode = SQLITE_CONSTRAINT | (10 << 8)

    init?(_ message: String, code: Int32) {
        self.message = message
        switch code {
        case Self.uniqueCode: constraint = .unique
        case Self.primaryKeyCode, Self.rowIDCode: constraint = .primaryKey
        case Self.notNullCode: constraint = .notNull
        case Self.checkCode: constraint = .check
        case Self.foreignKeyCode: constraint = .foreignKey
        case SQLITE_ERROR:
            guard let mismatch = message.dropPrefix("foreign key mismatch - ") else { return nil }
            constraint = .foreignKey
            let names = mismatch.split(separator: "\"", omittingEmptySubsequences: true)
            if names.count == 3 && names[1] == " referencing " {
                table = String(names[0])
                referencedTable = String(names[2])
            }
            return
        default: return nil
        }
        guard let colon = message.range(of: " constraint failed: ") else { return }
        let subject = String(message[colon.upperBound...])
        if let index = subject.dropPrefix("index '"), index.hasSuffix("'") {
            name = String(index.dropLast())
        } else if constraint == .check {
            name = subject
        } else {
            let qualified = subject.components(separatedBy: ", ").compactMap { column -> (String, String)? in
                guard let dot = column.firstIndex(of: ".") else { return nil }
                return (String(column[..<dot]), String(column[column.index(after: dot)...]))
            }
            table = qualified.first?.0
            columns = qualified.map(\.1)
        }
    }

    func error(code: Int32, sql: String?) -> OmmiError {
        .violation(
            constraint, message, table: table, columns: columns, name: name, referencedTable: referencedTable,
            code: code, sql: sql)
    }
}
