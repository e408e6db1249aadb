/// The relations of reflected models: for every reference, a to-one relation on the referencing
/// model and a to-many relation on the referenced one; for every association, a many-to-many
/// relation on each side. Names are readable and unique within each model.
enum ReflectedRelations {
    /// A relation before its final name is settled, with the longer name that tells it apart
    /// from another that wants the same one.
    private struct Candidate {
        var relation: RelationSchema
        var distinctName: String
    }

    static func attach(to schemas: [ModelSchema], associations: [Association]) -> [ModelSchema] {
        var candidates: [String: [Candidate]] = [:]
        for schema in schemas {
            for key in schema.foreignKeys {
                candidates[schema.tableName, default: []].append(toOne(key, of: schema))
                candidates[key.targetTable, default: []].append(toMany(key, of: schema))
            }
        }
        for association in associations {
            for (near, far) in [(association.first, association.second), (association.second, association.first)] {
                candidates[near.targetTable, default: []].append(manyToMany(association, near: near, far: far))
            }
        }
        return schemas.map { schema in
            var schema = schema
            schema.relations = ordered(uniquelyNamed(candidates[schema.tableName] ?? []), of: schema)
            return schema
        }
    }

    /// To-one relations first, in the order of their columns; then to-many, then many-to-many,
    /// each by name.
    private static func ordered(_ relations: [RelationSchema], of schema: ModelSchema) -> [RelationSchema] {
        func rank(_ relation: RelationSchema) -> (Int, Int, String) {
            switch relation.kind {
            case .toOne: (0, relation.via?.first.flatMap(schema.fieldIndex(ofColumn:)) ?? 0, relation.name)
            case .toMany: (1, 0, relation.name)
            case .manyToMany: (2, 0, relation.name)
            }
        }
        return relations.sorted { rank($0) < rank($1) }
    }

    private static func toOne(_ key: ForeignKey, of schema: ModelSchema) -> Candidate {
        let name =
            key.columns.count == 1
            ? RelationNaming.toOneName(column: key.columns[0])
            : RelationNaming.lowerCamel(RelationNaming.singular(key.targetTable))
        let relation = RelationSchema(
            name: name, kind: .toOne, target: .table(key.targetTable), via: key.columns, isInferred: key.isInferred)
        return Candidate(relation: relation, distinctName: name + "Via" + columnsSuffix(key.columns))
    }

    private static func toMany(_ key: ForeignKey, of schema: ModelSchema) -> Candidate {
        let name = RelationNaming.lowerCamel(RelationNaming.plural(schema.tableName))
        let relation = RelationSchema(
            name: name, kind: .toMany, target: .table(schema.tableName), via: key.columns, isInferred: key.isInferred)
        return Candidate(relation: relation, distinctName: name + "By" + columnsSuffix(key.columns))
    }

    private static func manyToMany(_ association: Association, near: ForeignKey, far: ForeignKey) -> Candidate {
        let selfReferencing = near.targetTable == far.targetTable
        let farName =
            selfReferencing && far.columns.count == 1
            ? RelationNaming.toOneName(column: far.columns[0]) : far.targetTable
        let name = RelationNaming.lowerCamel(RelationNaming.plural(farName))
        let relation = RelationSchema(
            name: name, kind: .manyToMany, target: .table(far.targetTable),
            through: .table(association.schema.tableName),
            via: near.columns, isInferred: near.isInferred || far.isInferred)
        return Candidate(
            relation: relation,
            distinctName: name + "Via" + RelationNaming.upperCamel(association.schema.tableName))
    }

    private static func columnsSuffix(_ columns: [String]) -> String {
        columns.map(RelationNaming.upperCamel).joined()
    }

    /// Each candidate under its short name when no other wants it, under its distinct name
    /// otherwise, and numbered as a last resort.
    private static func uniquelyNamed(_ candidates: [Candidate]) -> [RelationSchema] {
        var wanted: [String: Int] = [:]
        for candidate in candidates { wanted[candidate.relation.name, default: 0] += 1 }
        var taken: Set<String> = []
        return candidates.map { candidate in
            var relation = candidate.relation
            var name = wanted[relation.name] == 1 ? relation.name : candidate.distinctName
            if taken.contains(name) {
                var number = 2
                while taken.contains(name + String(number)) { number += 1 }
                name += String(number)
            }
            taken.insert(name)
            relation.name = name
            return relation
        }
    }
}
