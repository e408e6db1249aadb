import Synchronization

/// The statements that write one model value by its key (`save`, `delete`, `upsert`), compiled
/// once per model type and kind for a database, so that a write of a value costs its binding only.
final class ModelWriteStatements: Sendable {
    enum Kind: Hashable, Sendable {
        /// `UPDATE` of every other column, by key.
        case updateByKey
        /// `DELETE` by key.
        case deleteByKey
        /// `INSERT ... ON CONFLICT (target) DO UPDATE`; without the `@Auto` column when the value
        /// asks for a new key.
        case upsert(omittingAuto: Bool)
    }

    /// A compiled text and where the values it binds are among a model's values.
    struct Statement: Sendable {
        let sql: String
        /// The index in the model's values of each bound value, in order; nil when the text binds
        /// the values as they are.
        let argumentIndexes: [Int]?

        /// The values the text binds, taken from a model's values.
        func arguments(_ values: [DatabaseValue]) -> [DatabaseValue] {
            argumentIndexes.map { indexes in indexes.map { values[$0] } } ?? values
        }
    }

    private struct Key: Hashable, Sendable {
        let model: ObjectIdentifier
        let kind: Kind
    }

    private let statements = Mutex<[Key: Statement]>([:])

    /// The statement of `kind` for `model`, compiled by `compile` the first time.
    func statement(for model: any Model.Type, _ kind: Kind, compile: () -> Statement) -> Statement {
        let key = Key(model: ObjectIdentifier(model), kind: kind)
        if let statement = statements.withLock({ $0[key] }) { return statement }
        let statement = compile()
        statements.withLock { $0[key] = statement }
        return statement
    }
}
