import Synchronization

/// Relations of typed models, resolved once per database, with the text of the statement that
/// loads one owner's related rows (compiled once, from the first load that had no NULL owner
/// value and no limit).
final class RelationStatementCache: Sendable {
    struct Key: Hashable, Sendable {
        let model: ObjectIdentifier
        let relation: String
    }

    struct Entry: Sendable {
        let relation: ResolvedRelation
        /// Where the relation's owner columns are among the owner's values.
        let ownerIndexes: [Int]
        let text: String?
    }

    private let entries = Mutex<[Key: Entry]>([:])

    func entry(_ key: Key) -> Entry? {
        entries.withLock { $0[key] }
    }

    /// Remembers an entry; one with a text replaces one without.
    func store(_ key: Key, _ entry: Entry) {
        entries.withLock { entries in
            if entries[key]?.text == nil { entries[key] = entry }
        }
    }
}
