/// A change to the rows of an association model, made through a many-to-many relation: the
/// exact row written or removed, so that it can be undone.
public struct AssociationChange: Sendable {
    /// Whether a row was written or removed.
    public enum Kind: Sendable, Equatable {
        case attached
        case detached
    }

    /// Whether the row was written (attached) or removed (detached).
    public var kind: Kind
    /// The association model whose row changed.
    public var association: ModelSchema
    /// The row as it was written or as it was before it was removed, in the association's
    /// selected columns (with `rowid` for a table without a key).
    public var row: DynamicRow

    /// The change of `kind` of `row` of `association`.
    public init(kind: Kind, association: ModelSchema, row: DynamicRow) {
        self.kind = kind
        self.association = association
        self.row = row
    }
}

extension DynamicModel {
    /// Links `owner` to `target` through the many-to-many relation called `name`: one row of the
    /// association model, with `payload` for its other columns, written in one transaction.
    @discardableResult
    public func attach(
        _ name: String, of owner: DynamicRow, to target: DynamicRow, payload: [String: DatabaseValue] = [:]
    ) async throws -> AssociationChange {
        let (through, links) = try associationLinks(name, owner: owner, target: target)
        var columns = payload
        for (column, value) in links { columns[column] = value }
        let values = columns
        return try await database.transaction {
            let row = try await DynamicModel(schema: through, database: database).add(values)
            return AssociationChange(kind: .attached, association: through, row: row)
        }
    }

    /// Unlinks `owner` from `target` in the many-to-many relation called `name`: exactly one
    /// association row goes, even when the association table has no key of its own, in one
    /// transaction. Throws ``OmmiError/Kind/notFound`` when they are not linked (any more).
    @discardableResult
    public func detach(_ name: String, of owner: DynamicRow, from target: DynamicRow) async throws -> AssociationChange
    {
        let (through, links) = try associationLinks(name, owner: owner, target: target)
        let association = DynamicModel(schema: through, database: database)
        let linked = Condition.and(
            links.map { .compare(.column(association.column($0.column)), .equal, .value($0.value)) })
        return try await database.transaction {
            guard let row = try await association.rows(where: linked, order: [], limit: 1).first else {
                throw OmmiError(.notFound, "they are not linked in \(through.name) (any more)")
            }
            try await association.deleteExactly(row)
            return AssociationChange(kind: .detached, association: through, row: row)
        }
    }

    /// The association model of a many-to-many relation and the values its columns take to link
    /// `owner` and `target`.
    private func associationLinks(_ name: String, owner: DynamicRow, target: DynamicRow) throws
        -> (ModelSchema, [(column: String, value: DatabaseValue)])
    {
        let relation = try resolved(name)
        guard let through = relation.through else {
            throw OmmiError(.invalidQuery, "\(schema.name).\(name) is not a many-to-many relation")
        }
        if through.schema.isReadOnly { throw OmmiError(.readOnly, "\(through.schema.name) is read-only") }
        let ownerValues = try ownerValues(relation, of: owner)
        let targetValues = try relation.targetColumns.map { column in
            guard let value = target.value(ofColumn: column, in: relation.target) else {
                throw OmmiError(.schema, "\(relation.target.name) has no column \(column)")
            }
            return value
        }
        let columns = through.ownerSide + through.targetSide
        return (through.schema, Array(zip(columns, ownerValues + targetValues)).map { (column: $0.0, value: $0.1) })
    }
}

extension AssociationChange {
    /// Undoes the change in one transaction: removes the row that was attached, or writes back
    /// the row that was detached with every value it had. Returns the change that undid it.
    @discardableResult
    public func undo(in database: Ommi) async throws -> AssociationChange {
        let model = DynamicModel(schema: association, database: database)
        return try await database.transaction {
            switch kind {
            case .attached:
                try await model.deleteExactly(row)
                return AssociationChange(kind: .detached, association: association, row: row)
            case .detached:
                var values: [String: DatabaseValue] = [:]
                for (index, field) in association.fields.enumerated() where index < row.values.count {
                    values[field.column] = row.values[index]
                }
                let restored = try await model.add(values)
                return AssociationChange(kind: .attached, association: association, row: restored)
            }
        }
    }
}

extension DynamicModel {
    /// Deletes the one row `row` is, by its key, or by rowid for a table without one; throws
    /// ``OmmiError/Kind/notFound`` when it is gone.
    func deleteExactly(_ row: DynamicRow) async throws {
        guard let sameKey = condition(selecting: row) else {
            throw OmmiError(.readOnly, "\(schema.name) has no key to delete one row by")
        }
        if try await delete(where: sameKey) == 0 {
            throw OmmiError(.notFound, "the row of \(schema.name) is gone")
        }
    }
}
