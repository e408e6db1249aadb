import Synchronization

/// The SQL texts that write one model value by its key (`save`, `delete`, `upsert`), compiled once
/// per model type and kind for a database, so that a write of a value costs its binding only.
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

    private struct Key: Hashable, Sendable {
        let model: ObjectIdentifier
        let kind: Kind
    }

    private let texts = Mutex<[Key: String]>([:])

    /// The text of `kind` for `model`, compiled by `compile` the first time.
    func text(for model: any Model.Type, _ kind: Kind, compile: () throws -> String) rethrows -> String {
        let key = Key(model: ObjectIdentifier(model), kind: kind)
        if let text = texts.withLock({ $0[key] }) { return text }
        let text = try compile()
        texts.withLock { $0[key] = text }
        return text
    }
}
