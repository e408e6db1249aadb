import SwiftDiagnostics

/// The errors `@Model` reports when a declaration cannot be turned into a model.
///
/// Each message is one sentence that names the property at fault, so the error reads well both
/// at the attribute it points to and in a build log.
enum ModelDiagnostic: DiagnosticMessage {
    /// `@Model` on a class, enum, actor, protocol or extension.
    case notAStruct(kind: String)
    /// `@Model(name:)` whose argument is not a plain string literal.
    case tableNameNotALiteral
    /// A stored property without a type annotation, or with an implicitly unwrapped optional.
    case missingType(property: String)
    /// A stored property bound to a tuple pattern: `var (a, b): (Int, Int)`.
    case unsupportedPattern
    /// Two properties that would be stored in the same column.
    case columnCollision(column: String, property: String, existing: String)
    /// A second `@Auto` property; a table has one auto-assigned key at most.
    case multipleAuto(existing: String)
    /// `@AssociateUsing` on anything but a `LazyLoadEveryRelated` field.
    case associateUsingNotToMany(property: String)
    /// `@StoreAs` whose argument is not a plain string literal.
    case columnNameNotALiteral
    /// A marker that belongs on a stored column (`@Key`, `@Auto`, `@StoreAs`, `@Unique`, `@Indexed`,
    /// `@ReferenceTo`) written on a `LazyLoadTheRelated`/`LazyLoadEveryRelated` field.
    case columnMarkerOnRelation(marker: String, property: String)
    /// `@Via` on a stored column rather than a relation field.
    case viaOnColumn(property: String)
    /// A `let` that the generated code must assign after initialization: an `@Auto` key or a relation.
    case mustBeVariable(property: String)
    /// No `@Key`, no `@Auto` and no property named `id`: values could not be saved or deleted.
    case missingKey(type: String)
    /// `@Model(unique:)` whose argument is not an array literal of arrays of string literals.
    case uniqueNotLiterals
    /// A name in `@Model(unique:)` that is not a stored column of the model.
    case uniqueUnknownField(name: String, type: String)
    /// `@Model(label:)` whose argument is not a key path to one property of the model.
    case labelNotAKeyPath(type: String)
    /// A `@Model(label:)` key path to something that is not a stored column of the model.
    case labelUnknownField(name: String, type: String)

    var message: String {
        switch self {
        case .notAStruct(let kind):
            "@Model can only be applied to a struct, not to this \(kind)"
        case .tableNameNotALiteral:
            "@Model(name:) needs a string literal for the table name"
        case .missingType(let property):
            "@Model needs an explicit type for stored property '\(property)'"
        case .unsupportedPattern:
            "@Model needs every stored property to be declared with its own name"
        case .columnCollision(let column, let property, let existing):
            "column '\(column)' of '\(property)' collides with the column of '\(existing)'"
        case .multipleAuto(let existing):
            "@Auto can mark only one property of a model, and '\(existing)' already has it"
        case .associateUsingNotToMany(let property):
            "@AssociateUsing applies only to LazyLoadEveryRelated fields, which '\(property)' is not"
        case .columnNameNotALiteral:
            "@StoreAs needs a string literal for the column name"
        case .columnMarkerOnRelation(let marker, let property):
            "@\(marker) applies only to stored columns, and '\(property)' is a relation field"
        case .viaOnColumn(let property):
            "@Via applies only to relation fields, and '\(property)' is a stored column"
        case .mustBeVariable(let property):
            "'\(property)' must be declared with 'var' because @Model assigns it after the model is created"
        case .missingKey(let type):
            "@Model needs a key for '\(type)': mark the key property with @Key (several for a composite key), or name it 'id'"
        case .uniqueNotLiterals:
            "@Model(unique:) needs an array literal of groups of property names, like [[\"title\", \"authorID\"]]"
        case .uniqueUnknownField(let name, let type):
            "@Model(unique:) names '\(name)', which is not a stored column of '\(type)'"
        case .labelNotAKeyPath(let type):
            "@Model(label:) needs a key path to one stored property of '\(type)', like \\.title"
        case .labelUnknownField(let name, let type):
            "@Model(label:) names '\(name)', which is not a stored column of '\(type)'"
        }
    }

    var diagnosticID: MessageID {
        let name: String =
            switch self {
            case .notAStruct: "notAStruct"
            case .tableNameNotALiteral: "tableNameNotALiteral"
            case .missingType: "missingType"
            case .unsupportedPattern: "unsupportedPattern"
            case .columnCollision: "columnCollision"
            case .multipleAuto: "multipleAuto"
            case .associateUsingNotToMany: "associateUsingNotToMany"
            case .columnNameNotALiteral: "columnNameNotALiteral"
            case .columnMarkerOnRelation: "columnMarkerOnRelation"
            case .viaOnColumn: "viaOnColumn"
            case .mustBeVariable: "mustBeVariable"
            case .missingKey: "missingKey"
            case .uniqueNotLiterals: "uniqueNotLiterals"
            case .uniqueUnknownField: "uniqueUnknownField"
            case .labelNotAKeyPath: "labelNotAKeyPath"
            case .labelUnknownField: "labelUnknownField"
            }
        return MessageID(domain: "OmmiMacros", id: name)
    }

    var severity: DiagnosticSeverity { .error }
}
