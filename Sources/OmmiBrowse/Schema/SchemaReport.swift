import Foundation
import Ommi

/// What `ommi-browse --schema` prints: every model with its key, fields and relations, as
/// readable text or as a JSON document that scripts may rely on.
public struct SchemaReport: Sendable, Codable, Equatable {
    public var models: [ModelEntry]

    public struct ModelEntry: Sendable, Codable, Equatable {
        public var name: String
        public var table: String
        public var readOnly: Bool
        public var fields: [FieldEntry]
        public var relations: [RelationEntry]
    }

    public struct FieldEntry: Sendable, Codable, Equatable {
        public var name: String
        /// The declared type text, or the affinity when the column declares none.
        public var type: String
        public var key: Bool
        public var nullable: Bool
    }

    public struct RelationEntry: Sendable, Codable, Equatable {
        public var name: String
        public var kind: RelationKind
        public var target: String
        /// The association model of a many-to-many relation; nil otherwise.
        public var through: String?
        public var inferred: Bool

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(kind, forKey: .kind)
            try container.encode(target, forKey: .target)
            try container.encode(through, forKey: .through)
            try container.encode(inferred, forKey: .inferred)
        }
    }

    /// The report of a collection, models sorted by name as the browser lists them.
    public init(_ collection: ModelCollection) {
        models = ModelOrdering.sorted(collection.schemas).map { schema in
            ModelEntry(
                name: schema.name, table: TableName.display(schema.tableName), readOnly: schema.isReadOnly,
                fields: schema.fields.map { field in
                    FieldEntry(
                        name: field.name, type: field.declaredType.isEmpty ? field.type.rawValue : field.declaredType,
                        key: field.isKey, nullable: field.isNullable)
                },
                relations: schema.relations.map { relation in
                    RelationEntry(
                        name: relation.name, kind: relation.kind, target: TableName.display(relation.target.tableName),
                        through: relation.through.map { TableName.display($0.tableName) }, inferred: relation.isInferred
                    )
                })
        }
    }

    /// One JSON document, keys in a stable order.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{\"models\":[]}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
