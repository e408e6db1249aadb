/// The one error type of Ommi: what went wrong, in words, with the driver's code and the SQL when
/// a database said no.
///
/// Match on ``kind`` to handle a class of failure, and on ``constraint`` for which kind of
/// constraint refused a write, the same on every driver:
/// ```swift
/// do { try await db.add(member) } catch let error as OmmiError where error.constraint == .unique {
///     print("\(error.columns.joined(separator: ", ")) already taken")
/// }
/// ```
public struct OmmiError: Error, Sendable, Equatable {
    /// Classes of failure.
    public enum Kind: String, Sendable, Equatable {
        /// `one()` found no row.
        case notFound
        /// A unique, primary key, foreign key, NOT NULL or CHECK constraint refused a write.
        case constraint
        /// A stored value cannot be represented as the model's Swift type.
        case decoding
        /// The schema does not have what was asked for (a table, column or relation).
        case schema
        /// A query that cannot be compiled (for example a condition on an unrelated model).
        case invalidQuery
        /// A relation field of a model that was not read from or written to a database.
        case detached
        /// Another connection holds a lock and waiting did not help.
        case busy
        /// The database or connection does not accept writes.
        case readOnly
        /// The file cannot be opened or is not a database.
        case cannotOpen
        /// Any other failure reported by the driver.
        case driver
    }

    /// The kinds of constraint that refuse writes, told apart the same way on every driver.
    public enum Constraint: String, Sendable, Equatable {
        /// A unique constraint or unique index: another row has the same values.
        case unique
        /// The primary key: another row has the same key.
        case primaryKey
        /// A reference to a row that does not exist, or a row removed (or re-keyed) while other
        /// rows still refer to it; also a reference declared to columns no unique key covers.
        case foreignKey
        /// A NULL in a column that requires a value.
        case notNull
        /// A CHECK constraint.
        case check
    }

    /// What kind of failure this is, to branch on.
    public var kind: Kind
    /// A sentence that says what went wrong.
    public var message: String
    /// The driver's own error code (SQLite's extended result code), when the driver reported one.
    public var code: Int32?
    /// The five-character SQLSTATE of the error (PostgreSQL's `23505` for a duplicate key), when
    /// the database reported one.
    public var sqlState: String?
    /// The SQL that failed, when there was one.
    public var sql: String?
    /// Which kind of constraint refused the write, when ``kind`` is ``Kind/constraint``.
    public var constraint: Constraint?
    /// The table the error is about, where the database names it: the table of a violated
    /// constraint (for a foreign key, the referring table).
    public var table: String?
    /// The columns the error is about, where the database names them: those a violated constraint
    /// covers (for a foreign key, the referring columns).
    public var columns: [String] = []
    /// The name of the violated constraint or index, where the database names it.
    public var constraintName: String?
    /// For a foreign key, the table it refers to, where known.
    public var referencedTable: String?
    /// For a foreign key, the columns it refers to, where known.
    public var referencedColumns: [String] = []

    /// An error of `kind` saying `message`, with the driver's code, SQLSTATE and SQL where known.
    public init(_ kind: Kind, _ message: String, code: Int32? = nil, sqlState: String? = nil, sql: String? = nil) {
        self.kind = kind
        self.message = message
        self.code = code
        self.sqlState = sqlState
        self.sql = sql
    }

    /// A constraint error, with what the database said about the constraint.
    package static func violation(
        _ constraint: Constraint, _ message: String, table: String? = nil, columns: [String] = [],
        name: String? = nil, referencedTable: String? = nil, referencedColumns: [String] = [], code: Int32? = nil,
        sqlState: String? = nil, sql: String? = nil
    ) -> OmmiError {
        var error = OmmiError(.constraint, message, code: code, sqlState: sqlState, sql: sql)
        error.constraint = constraint
        error.table = table
        error.columns = columns
        error.constraintName = name
        error.referencedTable = referencedTable
        error.referencedColumns = referencedColumns
        return error
    }

    @usableFromInline
    static func undecodable(column: String, value: DatabaseValue, as type: String) -> OmmiError {
        OmmiError(.decoding, "column \(column) holds \(value.storageClassName) \(value), which is not a valid \(type)")
    }
}

extension OmmiError: CustomStringConvertible {
    /// The message, with the driver's code or SQLSTATE and the SQL when there are.
    public var description: String {
        var text = message
        if let code { text += " (code \(code))" }
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        if let sql { text += " in: \(sql)" }
        return text
    }
}

/// Decoding of keys that the database assigned, used by `@Model`'s generated `assignAutoKey`.
public enum AutoKey {
    /// The key `value` as `type`; throws `.decoding` naming `field` when it cannot be one.
    public static func decode<Value: DatabaseValueConvertible>(
        _ type: Value.Type, from value: DatabaseValue, field: String
    ) throws -> Value {
        guard let decoded = Value.fromDatabaseValue(value) else {
            throw OmmiError.undecodable(column: field, value: value, as: String(describing: Value.self))
        }
        return decoded
    }
}
