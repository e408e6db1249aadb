import Ommi

/// What deleting a row does to the rows of one relation that refer to it, as the database's
/// foreign key decides: `comments ← Comment (3): deleted with it (CASCADE)`.
struct DeleteConsequence: Sendable, Equatable {
    /// The relation of the deleted row's model (`comments`).
    var relation: String
    /// The model whose rows refer to it: the target, or the association of a many-to-many relation.
    var referring: String
    var count: Int
    /// The key's ON DELETE action; nil when the reference is only inferred from column names, so
    /// the database does nothing.
    var action: ForeignKeyAction?

    /// The consequences for every relation that `referrers` counted rows in, by relation name.
    static func all(
        of schema: ModelSchema, referrers: [String: RelationSummary], in catalog: SchemaCatalog
    ) -> [DeleteConsequence] {
        referrers.sorted { $0.key < $1.key }.compactMap { name, summary in
            guard case .count(let number) = summary, number > 0 else { return nil }
            let relation = schema.relations.first { $0.name == name }
            let resolved = relation.flatMap { try? ResolvedRelation.resolve($0, of: schema, in: catalog) }
            let key = resolved.flatMap { referringKey(of: $0) }
            return DeleteConsequence(
                relation: name, referring: resolved.map { $0.through?.schema.name ?? $0.target.name } ?? name,
                count: number, action: key.flatMap { $0.isInferred ? nil : $0.onDelete })
        }
    }

    /// The foreign key through which the related rows refer to the owner: the target's, or the
    /// association's owner side.
    private static func referringKey(of relation: ResolvedRelation) -> ForeignKey? {
        let owner = relation.owner.tableName
        if let through = relation.through {
            return through.schema.foreignKeys.first { $0.targetTable == owner && $0.columns == through.ownerSide }
        }
        return relation.target.foreignKeys.first { $0.targetTable == owner && $0.columns == relation.targetColumns }
    }

    /// True when the delete also changes the referring rows (deletes them or rewrites their
    /// reference), so re-inserting the one row cannot undo it.
    var changesOtherRows: Bool {
        switch action {
        case .cascade, .setNull, .setDefault: true
        case .restrict, .noAction, nil: false
        }
    }

    /// The consequence in words.
    var text: String {
        let what: String
        switch action {
        case .cascade: what = "deleted with it (CASCADE)"
        case .setNull: what = "reference set to NULL (SET NULL)"
        case .setDefault: what = "reference set to its default (SET DEFAULT)"
        case .restrict: what = "would refuse the delete (RESTRICT)"
        case .noAction: what = "would refuse the delete (NO ACTION)"
        case nil: what = "left pointing at nothing (reference not declared)"
        }
        return "\(relation) ← \(referring) (\(ValueText.grouped(count))): \(what)"
    }
}
