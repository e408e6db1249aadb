import Ommi

/// The rows a statement typed in the SQL console returns, read-only, read through a cursor a
/// window at a time so that a statement returning millions of rows never holds them all. It is
/// drawn and moved through as a rows pane of a model made of the result's columns.
public struct StatementRowsPane: Sendable {
    /// The statement, as run.
    public var sql: String
    /// The window of rows, the cursor and the columns, as a rows pane holds them.
    public var table: RowsPane
    /// Where the cursor goes once the rows being read arrive.
    var wantedCursor: Int?

    public init(sql: String) {
        self.sql = sql
        table = RowsPane(schema: Self.schema(columns: []))
    }

    /// A read-only model of the result's columns, each name made unique (`id`, `id:2`) so that
    /// every column of a join shows its own values.
    static func schema(columns: [String]) -> ModelSchema {
        var seen: [String: Int] = [:]
        let fields = columns.map { name -> FieldSchema in
            let count = seen[name, default: 0] + 1
            seen[name] = count
            return FieldSchema(name: count == 1 ? name : "\(name):\(count)", type: .any, isNullable: true)
        }
        return ModelSchema(name: "SQL", fields: fields, foreignKeys: [], isReadOnly: true)
    }
}

/// Which rows of a statement to read.
public struct StatementRead: Sendable {
    public enum Placement: Sendable, Equatable {
        /// The rows from position `offset` on (the last rows, when there are fewer).
        case from(Int)
        /// The last rows.
        case last
    }

    public var sql: String
    public var placement: Placement
    public var limit: Int
}

/// Rows of a statement as read, or why they could not be.
public struct StatementRows: Sendable {
    /// The result's column names (empty when no row came back to tell them).
    public var columns: [String]
    public var rows: [DynamicRow]
    /// The position of the first row.
    public var start: Int
    /// Whether the last row of the result is among them.
    public var reachesEnd: Bool
    public var failure: String?
}
