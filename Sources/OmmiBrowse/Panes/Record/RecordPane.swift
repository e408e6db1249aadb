import Ommi

/// One row in full: every field, then every relation with its kind, target and count.
public struct RecordPane: Sendable {
    public var schema: ModelSchema
    public var row: DynamicRow
    /// The relations in the order they are listed: to-one, then to-many, then many-to-many.
    public var relations: [RelationSchema]
    /// What each relation leads to, once read: a count, or the label of a to-one target.
    public var summaries: [String: RelationSummary] = [:]
    /// The line under the cursor: fields first, then relations.
    public var cursor = 0
    public var top = 0

    public init(schema: ModelSchema, row: DynamicRow) {
        self.schema = schema
        self.row = row
        let rank: [RelationKind: Int] = [.toOne: 0, .toMany: 1, .manyToMany: 2]
        self.relations = schema.relations.enumerated().sorted { lhs, rhs in
            (rank[lhs.element.kind] ?? 0, lhs.offset) < (rank[rhs.element.kind] ?? 0, rhs.offset)
        }.map(\.element)
    }

    public var lineCount: Int { schema.fields.count + relations.count }

    /// The to-one relation that the field on the cursor's line refers through, so that Enter on
    /// `author_id` opens the author.
    public var referenceOnCursor: RelationSchema? {
        guard schema.fields.indices.contains(cursor) else { return nil }
        let column = schema.fields[cursor].column
        return relations.first { $0.kind == .toOne && $0.via == [column] }
    }

    /// The relation on the cursor's line, if the cursor is on one.
    public var currentRelation: RelationSchema? {
        let index = cursor - schema.fields.count
        return relations.indices.contains(index) ? relations[index] : nil
    }
}

/// What a record's relation leads to.
public enum RelationSummary: Sendable, Equatable {
    /// The number of related rows.
    case count(Int)
    /// The one related row of a to-one relation: its key and label.
    case target(key: String, label: String?)
    /// A to-one relation whose reference is NULL or points at no row.
    case none
    case failed(String)
}
