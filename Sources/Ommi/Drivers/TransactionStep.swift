/// One statement of the transaction machinery. The core decides when each runs (see
/// `Driver.transaction`); a driver only runs it, in the SQL of ``sql`` or its own spelling of it.
public enum TransactionStep: Sendable, Equatable {
    /// Starts the outermost transaction.
    case begin
    /// Makes the outermost transaction's work permanent.
    case commit
    /// Discards the outermost transaction's work.
    case rollback
    /// Opens a nested transaction under a name no other savepoint of the connection has.
    case savepoint(String)
    /// Keeps a nested transaction's work as part of the enclosing one.
    case releaseSavepoint(String)
    /// Discards a nested transaction's work; ``releaseSavepoint(_:)`` then closes it.
    case rollbackToSavepoint(String)

    /// The step in standard SQL, as SQLite and PostgreSQL both accept it.
    public var sql: String {
        switch self {
        case .begin: "BEGIN"
        case .commit: "COMMIT"
        case .rollback: "ROLLBACK"
        case .savepoint(let name): "SAVEPOINT \(name)"
        case .releaseSavepoint(let name): "RELEASE SAVEPOINT \(name)"
        case .rollbackToSavepoint(let name): "ROLLBACK TO SAVEPOINT \(name)"
        }
    }
}
