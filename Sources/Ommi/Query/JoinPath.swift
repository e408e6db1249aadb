/// How a query's root model reaches another model it has a condition on: through a reference in
/// either direction, or through an association model that references both.
struct JoinPath {
    /// Root columns matched by ``targetColumns`` (or, through an association, by its root side).
    var rootColumns: [String]
    var targetColumns: [String]
    var through: Hop?

    struct Hop {
        var schema: ModelSchema
        /// Association columns equal to the root's ``JoinPath/rootColumns``.
        var rootSide: [String]
        /// Association columns equal to the target's ``JoinPath/targetColumns``.
        var targetSide: [String]
    }

    static func find(from root: ModelSchema, to target: ModelSchema, in catalog: SchemaCatalog) throws -> JoinPath {
        if let key = root.foreignKeys.first(where: { $0.targetTable == target.tableName }) {
            return JoinPath(rootColumns: key.columns, targetColumns: key.targetColumns)
        }
        if let key = target.foreignKeys.first(where: { $0.targetTable == root.tableName }) {
            return JoinPath(rootColumns: key.targetColumns, targetColumns: key.columns)
        }
        for association in catalog.schemas {
            guard let toRoot = association.foreignKeys.first(where: { $0.targetTable == root.tableName }),
                let toTarget = association.foreignKeys.first(where: {
                    $0.targetTable == target.tableName && $0 != toRoot
                })
            else { continue }
            return JoinPath(
                rootColumns: toRoot.targetColumns, targetColumns: toTarget.targetColumns,
                through: Hop(schema: association, rootSide: toRoot.columns, targetSide: toTarget.columns))
        }
        throw OmmiError(
            .invalidQuery,
            "\(root.name) and \(target.name) are not related by any reference, so a condition on \(target.name) cannot select \(root.name) rows"
        )
    }
}
