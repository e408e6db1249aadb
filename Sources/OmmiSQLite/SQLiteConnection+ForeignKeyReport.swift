import CSQLite
import Ommi

/// SQLite says only `FOREIGN KEY constraint failed`, not which reference. To name it, the refused
/// statement runs again inside a savepoint with foreign keys deferred (so it completes), while
/// an update hook records the rows it writes and removes; each reference of those rows is then
/// checked with one keyed lookup, and the savepoint is rolled back. This costs little, runs only
/// after a refusal, and names exactly the references the statement broke.
extension SQLiteConnection {
    /// Runs `body`, which runs `sql` with `arguments`; a foreign-key violation it throws comes
    /// back naming the references that failed.
    func explainingForeignKeys<T>(_ sql: String, _ arguments: [DatabaseValue], _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as OmmiError where error.code == SQLiteConstraintMessage.foreignKeyCode {
            let broken = brokenReferences(sql, arguments)
            guard let first = broken.first else { throw error }
            error.message += ": " + broken.map(\.description).joined(separator: "; ")
            error.table = first.table
            error.columns = first.columns
            error.referencedTable = first.referencedTable
            error.referencedColumns = first.referencedColumns
            throw error
        }
    }

    /// The references that running `sql` breaks; empty when they cannot be found exactly (the
    /// statement fails again for another reason, or writes a table without a rowid).
    ///
    /// A written row is checked by its rowid after the statement. A deleted row is read back by
    /// its rowid once the savepoint is rolled back, and the rows that refer to its key are looked
    /// up. An updated row may have changed its rowid, so for the tables the statement updated,
    /// each reference to them is checked for rows that refer to nothing, after the statement and
    /// before it: those it broke are the ones that were whole before.
    private func brokenReferences(_ sql: String, _ arguments: [DatabaseValue]) -> [BrokenReference] {
        let savepoint = "ommi_foreign_key_report"
        guard (try? exec("SAVEPOINT \(savepoint)")) != nil else { return [] }
        let deferred = (try? rows("PRAGMA defer_foreign_keys").first?.first) ?? .integer(0)
        var changes: [RowChange] = []
        var broken: [BrokenReference] = []
        var danglingAfter: [DeclaredForeignKey] = []
        do {
            try exec("PRAGMA defer_foreign_keys = ON")
            changes = try recordingChanges {
                let statement = try prepareUncached(sql)
                defer { sqlite3_finalize(statement) }
                try bind(arguments, to: statement, sql: sql)
                try run(statement, sql: sql)
            }
            for change in changes where change.operation != SQLITE_DELETE {
                broken += try referencesOut(of: change)
            }
            let updated = Set(changes.filter { $0.operation == SQLITE_UPDATE }.map(\.table))
            danglingAfter = try updated.flatMap { try foreignKeys(to: $0) }.filter { try hasDanglingRows($0) }
        } catch {
            changes = []
            danglingAfter = []
        }
        try? exec("ROLLBACK TO \(savepoint)")
        try? exec("RELEASE \(savepoint)")
        if case .integer(let flag) = deferred { try? exec("PRAGMA defer_foreign_keys = \(flag)") }
        for change in changes where change.operation == SQLITE_DELETE {
            broken += (try? referencesLeft(by: change)) ?? []
        }
        for key in danglingAfter where (try? hasDanglingRows(key)) == false {
            broken.append(BrokenReference(key: key, isLeftBehind: true))
        }
        var seen: Set<String> = []
        return broken.filter { seen.insert($0.description).inserted }
    }

    /// Runs `body` and returns the rows it inserted, updated and deleted, at most
    /// ``RowChange/limit`` of them.
    private func recordingChanges(_ body: () throws -> Void) throws -> [RowChange] {
        let log = ChangeLog()
        let context = Unmanaged.passUnretained(log).toOpaque()
        sqlite3_update_hook(
            handle,
            { context, operation, _, table, rowID in
                guard let context, let table else { return }
                let log = Unmanaged<ChangeLog>.fromOpaque(context).takeUnretainedValue()
                if log.changes.count < RowChange.limit {
                    log.changes.append(RowChange(operation: operation, table: String(cString: table), rowID: rowID))
                }
            }, context)
        defer { sqlite3_update_hook(handle, nil, nil) }
        try withExtendedLifetime(log) { try body() }
        return log.changes
    }

    /// The references of a written row that lead nowhere.
    private func referencesOut(of change: RowChange) throws -> [BrokenReference] {
        try foreignKeys(from: change.table).filter { try hasDanglingRows($0, rowID: change.rowID) }
            .map { BrokenReference(key: $0, isLeftBehind: false) }
    }

    /// The references to a deleted row that other rows still hold.
    private func referencesLeft(by change: RowChange) throws -> [BrokenReference] {
        let keys = try foreignKeys(to: change.table)
        return try keys.filter { key in
            let sql =
                "SELECT \(key.referencedColumns.map(quote).joined(separator: ", ")) FROM \(quote(change.table)) "
                + "WHERE rowid = ?"
            guard let values = try rows(sql, [.integer(change.rowID)]).first, !values.contains(.null) else {
                return false
            }
            let referring =
                "SELECT 1 FROM \(quote(key.table)) WHERE "
                + key.columns.map { "\(quote($0)) = ?" }.joined(separator: " AND ") + " LIMIT 1"
            return try !rows(referring, values).isEmpty
        }.map { BrokenReference(key: $0, isLeftBehind: true) }
    }

    /// Whether some row of the referring table (or the one at `rowID`) refers through `key` to a
    /// row that does not exist.
    private func hasDanglingRows(_ key: DeclaredForeignKey, rowID: Int64? = nil) throws -> Bool {
        let columns = key.columns.map(quote)
        let matches = zip(key.referencedColumns.map(quote), columns).map { "p.\($0) = c.\($1)" }
        let sql =
            "SELECT 1 FROM \(quote(key.table)) AS c WHERE " + (rowID == nil ? "" : "c.rowid = ? AND ")
            + columns.map { "c.\($0) IS NOT NULL" }.joined(separator: " AND ")
            + " AND NOT EXISTS (SELECT 1 FROM \(quote(key.referencedTable)) AS p WHERE "
            + matches.joined(separator: " AND ") + ") LIMIT 1"
        return try !rows(sql, rowID.map { [.integer($0)] } ?? []).isEmpty
    }

    /// The foreign keys declared on `table`.
    private func foreignKeys(from table: String) throws -> [DeclaredForeignKey] {
        try declaredForeignKeys(
            "SELECT ?, f.id, f.\"table\", f.\"from\", f.\"to\" FROM pragma_foreign_key_list(?) AS f ORDER BY f.id, f.seq",
            [.text(table), .text(table)])
    }

    /// The foreign keys of every table that refer to `table`.
    private func foreignKeys(to table: String) throws -> [DeclaredForeignKey] {
        try declaredForeignKeys(
            """
            SELECT m.name, f.id, f."table", f."from", f."to" FROM sqlite_schema AS m
            JOIN pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table' AND f."table" = ? COLLATE NOCASE
            ORDER BY m.name, f.id, f.seq
            """, [.text(table)])
    }

    /// Foreign keys from rows of (table, id, referenced table, column, referenced column), one
    /// row per column; a reference to a table's primary key may leave its columns unnamed.
    private func declaredForeignKeys(_ sql: String, _ arguments: [DatabaseValue]) throws -> [DeclaredForeignKey] {
        var keys: [DeclaredForeignKey] = []
        for row in try rows(sql, arguments) {
            guard case .text(let table) = row[0], case .integer(let id) = row[1], case .text(let target) = row[2],
                case .text(let column) = row[3]
            else { continue }
            if keys.last?.table != table || keys.last?.id != id {
                keys.append(DeclaredForeignKey(table: table, id: id, referencedTable: target))
            }
            keys[keys.count - 1].columns.append(column)
            if case .text(let referenced) = row[4] { keys[keys.count - 1].referencedColumns.append(referenced) }
        }
        for index in keys.indices where keys[index].referencedColumns.isEmpty {
            keys[index].referencedColumns = try rows(
                "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", [.text(keys[index].referencedTable)]
            ).compactMap { $0.first?.textValue }
        }
        return keys.filter { $0.columns.count == $0.referencedColumns.count }
    }

    private func quote(_ identifier: String) -> String {
        SQLiteDialect().quote(identifier)
    }
}

/// A row a statement inserted, updated or deleted, as SQLite's update hook reports it.
private struct RowChange {
    /// The most rows examined after one refused statement, to keep the report cheap.
    static let limit = 100

    let operation: Int32
    let table: String
    let rowID: Int64
}

/// Where the update hook appends, for the one statement being run again.
private final class ChangeLog {
    var changes: [RowChange] = []
}

/// A foreign key as `PRAGMA foreign_key_list` declares it.
private struct DeclaredForeignKey {
    let table: String
    let id: Int64
    let referencedTable: String
    var columns: [String] = []
    var referencedColumns: [String] = []
}

/// A reference a statement broke: a written row that refers to nothing, or a removed (or
/// re-keyed) row that others still refer to.
private struct BrokenReference {
    let key: DeclaredForeignKey
    let isLeftBehind: Bool

    var table: String { key.table }
    var columns: [String] { key.columns }
    var referencedTable: String { key.referencedTable }
    var referencedColumns: [String] { key.referencedColumns }

    var description: String {
        let reference =
            "\(key.table) (\(key.columns.joined(separator: ", "))) references "
            + "\(key.referencedTable) (\(key.referencedColumns.joined(separator: ", ")))"
        return isLeftBehind
            ? "\(reference), and rows of \(key.table) still refer to the \(key.referencedTable) row removed or re-keyed"
            : "\(reference), and no \(key.referencedTable) row matches"
    }
}
