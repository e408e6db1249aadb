import Ommi

/// One change of one row, the only kind of write the browser makes: an insert, an update or a
/// delete. A link of a many-to-many relation is an insert or delete of one association row.
public struct RowChange: Sendable {
    public enum Kind: Sendable, Equatable {
        case insert
        case update
        case delete
    }

    public var kind: Kind
    public var schema: ModelSchema
    /// The values that pick the row an update or delete changes (the first that has them all):
    /// its key, and for an update the values it was read with, so that a row changed elsewhere
    /// since is not matched.
    public var match: [String: DatabaseValue]
    /// The values an insert or update writes, by column.
    public var values: [String: DatabaseValue]

    public static func insert(_ schema: ModelSchema, values: [String: DatabaseValue]) -> RowChange {
        RowChange(kind: .insert, schema: schema, match: [:], values: values)
    }

    public static func update(
        _ schema: ModelSchema, match: [String: DatabaseValue], values: [String: DatabaseValue]
    ) -> RowChange {
        RowChange(kind: .update, schema: schema, match: match, values: values)
    }

    public static func delete(_ schema: ModelSchema, match: [String: DatabaseValue]) -> RowChange {
        RowChange(kind: .delete, schema: schema, match: match, values: [:])
    }
}

/// A row change as the database took it, with the change that exactly undoes it.
public struct WrittenChange: Sendable {
    public var change: RowChange
    /// The change that puts the row back as it was.
    public var inverse: RowChange
    /// The row as stored after the write (triggers and defaults included); nil after a delete.
    public var row: DynamicRow?
}

/// A row change the browser asks for, with how it is reported.
public struct RowWrite: Sendable {
    public enum Purpose: Sendable, Equatable {
        /// A change the user made: it goes on the undo stack.
        case change
        /// The inverse of an earlier change, undoing it.
        case undo
        /// The inverse of an undo, making the change again.
        case redo
    }

    public var change: RowChange
    /// What the change does, in words: `attached 'python' to post #1`.
    public var description: String
    public var purpose: Purpose = .change
    /// The row the asking pane's cursor goes to once written (an attached target), when it is
    /// not the row written itself.
    public var shows: DynamicRow? = nil
    /// What a refusal for a duplicate key means for this change: `already attached`.
    public var duplicate = "a row with the same key exists already"
    /// Why undoing the change cannot be exact (a delete whose CASCADE removed other rows too);
    /// nil when its inverse restores everything it changed.
    public var undoRefusal: String? = nil
    /// For an undo or a redo, the ``UndoEntry/id`` of the entry it takes off its stack once
    /// written; a refused one leaves the entry where it was.
    public var entry: Int? = nil

    /// The same write finding its row by the key alone, so that it overwrites what another
    /// program changed in the row since; nil when the key is all it matches already, or the
    /// model has no key.
    public var overridingOtherChanges: RowWrite? {
        let keys = Set(change.schema.keyColumns)
        guard !keys.isEmpty, change.kind != .insert, !Set(change.match.keys).isSubset(of: keys) else { return nil }
        var write = self
        write.change.match = change.match.filter { keys.contains($0.key) }
        return write
    }
}
