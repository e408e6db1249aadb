import Foundation

/// A database backend. Every driver runs the statements the core compiles in its ``dialect``,
/// runs the steps of transactions and reads its database's schema.
///
/// The core builds SQL through ``SQLCompiler`` and runs transactions itself (when each step runs,
/// which savepoint is whose); a driver only executes, so a new backend is a dialect, a connection
/// and these few calls.
public protocol Driver: Sendable {
    /// How this database spells SQL.
    var dialect: any SQLDialect { get }

    /// Runs a statement and hands each result row to `visit`, in order.
    func query(_ statement: SQLStatement, _ visit: (Row) throws -> Void) async throws

    /// Runs a statement that returns no rows; returns the number of rows it changed.
    @discardableResult
    func execute(_ statement: SQLStatement) async throws -> Int

    /// Runs one statement once per argument set (a prepared insert, say), handing rows it returns
    /// to `visit` with the index of their argument set.
    func executeBatch(_ sql: String, _ argumentSets: [[DatabaseValue]], _ visit: ((Int, Row) throws -> Void)?)
        async throws

    /// Inserts rows into one table, handing the rows the insert returns to `visit` with the index
    /// of their row. Inside a transaction, as every insert of the core runs.
    func insert(_ insert: RowInsert, _ visit: ((Int, Row) throws -> Void)?) async throws

    /// Gives tasks their turns on the connection. The driver runs every statement inside
    /// ``TransactionGate/withTurn(_:)``, which is what keeps transactions apart from other work; a
    /// driver with a pool of connections does so for the statements of a task in a transaction
    /// (`TransactionGate.currentTaskIsInTransaction`) and runs others on another connection.
    var gate: TransactionGate { get }

    /// Runs one step of a transaction (`BEGIN`, `SAVEPOINT …`) at once, reporting it to the
    /// ``tracer``. The core calls it while it holds the connection's turn, so the step must not
    /// wait for a turn of its own.
    func perform(_ step: TransactionStep) async throws

    /// Where the driver reports the SQL of every statement it runs, transaction steps included.
    var tracer: StatementTracer { get }

    /// Opens a cursor over the rows of a statement, to read a large result a batch at a time.
    func cursor(_ statement: SQLStatement) async throws -> any DriverCursor

    /// The schemas of the tables and views of the database, as reflected models.
    func introspect() async throws -> [ModelSchema]

    /// Up to `count` bytes from byte `offset` of the text or BLOB in `column` of the row of
    /// `table` whose rowid `rowID` selects, read without loading the whole value; nil when the
    /// driver has no such read or the value cannot be read so, and a window is read with SQL.
    func storedBytes(table: String, column: String, rowID: SQLStatement, offset: Int, count: Int) async throws -> Data?

    /// Whether the rows of `table` have a rowid that ``storedHeads(table:column:rowIDs:count:)``
    /// reads them by.
    func readsStoredHeads(of table: String) async -> Bool

    /// For each rowid of `rowIDs`, the byte count and the first `count` bytes of the text or BLOB
    /// in `column` of that row of `table`, read without loading the rest of the value; nil for a
    /// row that is gone or whose value is neither text nor a BLOB. Only called when
    /// ``readsStoredHeads(of:)`` says so.
    func storedHeads(table: String, column: String, rowIDs: [Int64], count: Int) async throws -> [StoredHead?]

    /// Opens the database again when what it was opened on was replaced since by another
    /// program (a new file under the same path), so that what follows reads the new one;
    /// returns whether it did.
    func reopenIfReplaced() async throws -> Bool
}

extension Driver {
    /// None: a driver without an incremental read has its windows read with SQL.
    public func storedBytes(table: String, column: String, rowID: SQLStatement, offset: Int, count: Int) async throws
        -> Data?
    {
        nil
    }

    /// No: a driver without an incremental read has values read with SQL.
    public func readsStoredHeads(of table: String) async -> Bool { false }

    /// No: a database on a server is the same database for as long as it is connected to.
    public func reopenIfReplaced() async throws -> Bool { false }

    /// None: never called, since ``readsStoredHeads(of:)`` says no.
    public func storedHeads(table: String, column: String, rowIDs: [Int64], count: Int) async throws
        -> [StoredHead?]
    {
        rowIDs.map { _ in nil }
    }
}

/// Rows read a batch at a time (see ``Driver/cursor(_:)``).
public protocol DriverCursor: Sendable {
    /// Hands up to `limit` rows to `visit`; returns false when the result is exhausted.
    func next(_ limit: Int, _ visit: (Row) throws -> Void) async throws -> Bool
}
