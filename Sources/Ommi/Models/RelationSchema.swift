/// A model named either by its Swift type or, for reflected models, by its table.
///
/// Typed schemas refer to other models by type so that building one model's schema never has to
/// build another's: models that refer to each other would otherwise wait on each other forever.
public enum ModelReference: Sendable {
    case type(any Model.Type)
    case table(String)

    /// The table name of the model.
    public var tableName: String {
        switch self {
        case .type(let type): type.schema.tableName
        case .table(let name): name
        }
    }
}

/// What a relation field returns.
public enum RelationKind: String, Sendable, Hashable, Codable {
    /// At most one related row (`LazyLoadTheRelated`).
    case toOne
    /// Any number of related rows (`LazyLoadEveryRelated`).
    case toMany
    /// Any number of related rows through an association model (`@AssociateUsing`).
    case manyToMany
}

/// A relation of a model to another, as declared by a lazy field or found by reflection.
public struct RelationSchema: Sendable {
    /// The relation's name, unique within its model (`tags`, `author`).
    public var name: String
    /// To one row, or to many (directly or through an association).
    public var kind: RelationKind
    /// The model the relation leads to.
    public var target: ModelReference
    /// The association model of a many-to-many relation.
    public var through: ModelReference?
    /// The referencing columns that choose between several references to the same model; nil
    /// means the only reference, or the one whose column matches the relation's name.
    public var via: [String]?
    /// True when the relation rests on references inferred from column names.
    public var isInferred: Bool

    /// A relation with every part stated; `@Model` and reflection build them.
    public init(
        name: String, kind: RelationKind, target: ModelReference, through: ModelReference? = nil, via: [String]? = nil,
        isInferred: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.target = target
        self.through = through
        self.via = via
        self.isInferred = isInferred
    }
}
