#if PostgreSQL
import Ommi
import PostgresNIO

/// The fields of an error the server sent: its SQLSTATE and message, and for a constraint the
/// constraint's name, table, column and the detail line that names the key.
struct PostgresServerReport {
    let state: String
    let message: String
    var detail: String?
    var table: String?
    var column: String?
    var constraint: String?

    init?(_ error: any Error) {
        if let error = error as? PSQLError, let info = error.serverInfo, let state = info[.sqlState] {
            self.state = state
            message = info[.message] ?? "server error \(state)"
            (detail, table, column, constraint) = (
                info[.detail], info[.tableName], info[.columnName], info[.constraintName]
            )
        } else if case .server(let report) = error as? PostgresError, let state = report.fields[.sqlState] {
            self.state = state
            message = report.fields[.message] ?? "server error \(state)"
            let fields = report.fields
            (detail, table, column, constraint) = (
                fields[.detail], fields[.tableName], fields[.columnName], fields[.constraintName]
            )
        } else {
            return nil
        }
    }

    /// The report as a constraint error, for the SQLSTATEs that name a kind of constraint.
    ///
    /// PostgreSQL reports a duplicate primary key and a duplicate in a unique index alike
    /// (`23505`); a primary key is told by its constraint's name, `<table>_pkey`, the name
    /// PostgreSQL gives every primary key that is not named by hand (as Ommi's never are).
    func violation(message: String, sql: String?) -> OmmiError? {
        let key = detail.flatMap(Self.keyColumns)
        switch state {
        case "23505":
            let isPrimaryKey = table.map { constraint == "\($0)_pkey" } ?? false
            return .violation(
                isPrimaryKey ? .primaryKey : .unique, message, table: table, columns: key ?? [], name: constraint,
                sqlState: state, sql: sql)
        case "23503":
            // The detail names the referring key of a write that refers to nothing, and the
            // referenced key of a removal that leaves references behind.
            var error = OmmiError.violation(
                .foreignKey, message, table: table, name: constraint, sqlState: state, sql: sql)
            if let detail, let missing = Self.quotedName(in: detail, after: "is not present in table ") {
                error.columns = key ?? []
                error.referencedTable = missing
            } else if let detail, detail.contains("is still referenced from table ") {
                error.referencedColumns = key ?? []
                error.referencedTable = Self.quotedName(in: message, after: "on table ")
            }
            return error
        case "23502":
            return .violation(
                .notNull, message, table: table, columns: column.map { [$0] } ?? [], sqlState: state, sql: sql)
        case "23514":
            return .violation(.check, message, table: table, name: constraint, sqlState: state, sql: sql)
        case "42830":
            // A reference to columns no unique key covers, refused when it is declared (SQLite
            // accepts the declaration and refuses writes through it).
            return .violation(.foreignKey, message, table: table, name: constraint, sqlState: state, sql: sql)
        default:
            return nil
        }
    }

    /// The columns of `Key (a, "b c")=(…)` in a detail line.
    static func keyColumns(_ detail: String) -> [String]? {
        guard let open = detail.firstIndex(of: "("), let close = detail.range(of: ")=(") else { return nil }
        guard open < close.lowerBound else { return nil }
        let list = detail[detail.index(after: open)..<close.lowerBound]
        return list.components(separatedBy: ", ").map(unquoted)
    }

    /// The double-quoted name that follows `marker` in `text`.
    static func quotedName(in text: String, after marker: String) -> String? {
        guard let start = text.range(of: marker + "\"") else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// An identifier as PostgreSQL prints it, without its quotes.
    private static func unquoted(_ identifier: String) -> String {
        guard identifier.count >= 2, identifier.hasPrefix("\""), identifier.hasSuffix("\"") else { return identifier }
        return String(identifier.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"")
    }
}
#endif
