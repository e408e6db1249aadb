/// A relation with its columns worked out: which owner columns match which target columns,
/// directly or through the association model.
public struct ResolvedRelation: Sendable {
    /// The relation's name.
    public var name: String
    /// To one row or to many.
    public var kind: RelationKind
    /// The model the relation belongs to.
    public var owner: ModelSchema
    /// The model the relation leads to.
    public var target: ModelSchema
    /// Owner columns whose values select the related rows.
    public var ownerColumns: [String]
    /// Target columns matched against the owner (or against the association's target side).
    public var targetColumns: [String]
    /// The association of a many-to-many relation.
    public var through: Through?

    /// The association a many-to-many relation goes through, with its columns on each side.
    public struct Through: Sendable {
        /// The association model.
        public var schema: ModelSchema
        /// Association columns that hold the owner's ``ResolvedRelation/ownerColumns``.
        public var ownerSide: [String]
        /// Association columns that hold the target's ``ResolvedRelation/targetColumns``.
        public var targetSide: [String]
    }

    /// The condition on target rows that selects the rows related to an owner with the given
    /// values of ``ownerColumns``; nil when one of them is NULL, so nothing is related.
    public func targetCondition(ownerValues: [DatabaseValue]) -> Condition? {
        guard !ownerValues.contains(where: \.isNull) else { return nil }
        let targets = targetColumns.map { ColumnRef(table: target.tableName, column: $0) }
        if let through {
            let rows = AssociationRows(
                table: through.schema.tableName, selected: through.targetSide, matching: through.ownerSide,
                values: ownerValues)
            return .member(of: rows, columns: targets)
        }
        let terms = zip(targets, ownerValues).map { Condition.compare(.column($0.0), .equal, .value($0.1)) }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    /// Works out a relation of `owner` from its declaration and the schemas it names.
    public static func resolve(_ relation: RelationSchema, of owner: ModelSchema, in catalog: SchemaCatalog) throws
        -> ResolvedRelation
    {
        let target = try catalog.schema(relation.target)
        func resolved(_ ownerColumns: [String], _ targetColumns: [String], through: Through? = nil) -> ResolvedRelation
        {
            ResolvedRelation(
                name: relation.name, kind: relation.kind, owner: owner, target: target, ownerColumns: ownerColumns,
                targetColumns: targetColumns, through: through)
        }
        let outgoing = owner.foreignKeys.filter { $0.targetTable == target.tableName }
        let incoming = target.foreignKeys.filter { $0.targetTable == owner.tableName }
        switch relation.kind {
        case .toOne:
            if let key = try choose(outgoing, for: relation, from: owner) {
                return resolved(key.columns, key.targetColumns)
            }
            if let key = try choose(incoming, for: relation, from: target) {
                return resolved(key.targetColumns, key.columns)
            }
        case .toMany:
            if let key = try choose(incoming, for: relation, from: target) {
                return resolved(key.targetColumns, key.columns)
            }
            if let key = try choose(outgoing, for: relation, from: owner) {
                return resolved(key.columns, key.targetColumns)
            }
        case .manyToMany:
            guard let throughReference = relation.through else {
                throw OmmiError(
                    .schema, "\(owner.name).\(relation.name) is many-to-many but names no association model")
            }
            let association = try catalog.schema(throughReference)
            let toOwner = association.foreignKeys.filter { $0.targetTable == owner.tableName }
            var ownerKey = toOwner.first
            if let via = relation.via { ownerKey = toOwner.first { $0.columns == via } }
            let toTarget = association.foreignKeys.filter { $0.targetTable == target.tableName && $0 != ownerKey }
            guard let ownerKey, let targetKey = toTarget.first else {
                throw OmmiError(
                    .schema,
                    "\(association.name) does not reference both \(owner.name) and \(target.name), so it cannot associate them"
                )
            }
            return resolved(
                ownerKey.targetColumns, targetKey.targetColumns,
                through: Through(schema: association, ownerSide: ownerKey.columns, targetSide: targetKey.columns))
        }
        throw OmmiError(
            .schema, "\(owner.name).\(relation.name): no reference between \(owner.name) and \(target.name)")
    }

    /// The foreign key a relation follows among candidates declared on `source`.
    private static func choose(_ keys: [ForeignKey], for relation: RelationSchema, from source: ModelSchema) throws
        -> ForeignKey?
    {
        if let via = relation.via {
            return keys.first { $0.columns == via }
        }
        if keys.count <= 1 { return keys.first }
        let wanted = normalized(relation.name)
        let named = keys.filter { key in key.columns.count == 1 && normalized(key.columns[0]) == wanted }
        if named.count == 1 { return named[0] }
        throw OmmiError(
            .schema,
            "\(relation.name): \(source.name) has \(keys.count) references to choose from (\(keys.map { $0.columns.joined(separator: ",") }.joined(separator: "; "))); name one with @Via"
        )
    }

    /// `author_id`, `authorID`, `AuthorId` and `author` all normalize to `author`.
    static func normalized(_ name: String) -> String {
        var text = name.lowercased().replacingOccurrences(of: "_", with: "")
        if text.hasSuffix("id"), text.count > 2 { text.removeLast(2) }
        return text
    }
}
