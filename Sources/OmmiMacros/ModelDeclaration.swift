import SwiftDiagnostics
import SwiftParser
import SwiftSyntax

/// What `@Model` understands of a struct: its table, its columns and relations, and every
/// problem that keeps it from being a model.
///
/// Both roles of the macro analyse the struct the same way: the member role generates the
/// descriptors and the initializer from it, the extension role the conformance. Only the member
/// role reports ``diagnostics``, so that each problem is reported once; neither role generates
/// anything while there is one.
struct ModelDeclaration {
    /// A stored property that is a column of the table.
    struct Column {
        let property: StoredProperty
        /// The column name: the `@StoreAs` string, or the property name.
        let column: String
        var isKey: Bool
        /// Whether the database assigns the value on insert (`@Auto`).
        let isAuto: Bool
        /// Whether the column has a unique constraint of its own (`@Unique`).
        let isUnique: Bool
        /// Whether the column has an index of its own (`@Indexed`).
        let isIndexed: Bool
        /// The field descriptor the column references (`User.id` of `@ReferenceTo(User.id)`).
        let reference: ExprSyntax?

        /// Whether the type admits `nil` (`T?` or `Optional<T>`), which decides an `@Auto` default.
        var isOptional: Bool {
            let type = property.type
            if type.is(OptionalTypeSyntax.self) { return true }
            if let identifier = type.as(IdentifierTypeSyntax.self) {
                return identifier.name.text == "Optional" && identifier.genericArgumentClause != nil
            }
            if let member = type.as(MemberTypeSyntax.self) {
                return member.baseType.as(IdentifierTypeSyntax.self)?.name.text == "Swift"
                    && member.name.text == "Optional"
            }
            return false
        }
    }

    /// A `LazyLoadTheRelated`/`LazyLoadEveryRelated` property.
    struct Relation {
        /// The `RelationKind` case the schema declares.
        enum Kind: String {
            case toOne, toMany, manyToMany
        }

        let property: StoredProperty
        let wrapper: RelationWrapper
        /// The related model type.
        let target: TypeSyntax
        let kind: Kind
        /// The association model of a many-to-many relation (`PostTag.self`).
        let through: ExprSyntax?
        /// The descriptor of the referencing field the relation follows: `Comment.postID` for
        /// `@Via(\Comment.postID)`.
        let via: String?
    }

    /// The struct's name, which the schema also uses as the model's name.
    let typeName: String
    let tableName: String
    /// The access modifier, with a trailing space, that every generated declaration repeats so
    /// that the model's API is exactly as visible as the model (`public `, `package ` or nothing).
    let accessPrefix: String
    let columns: [Column]
    let relations: [Relation]
    /// The column names of each composite unique constraint (`@Model(unique:)`).
    let uniqueGroups: [[String]]
    /// The column whose value names a row (`@Model(label: \.title)`), if declared.
    let labelColumn: String?
    /// The argument labels of each initializer the struct declares itself.
    let declaredInitializerLabels: [[String]]
    /// Whether the struct declares its own `CodingKeys`, which then replace the generated ones.
    let declaresCodingKeys: Bool
    let diagnostics: [Diagnostic]

    /// The `@Auto` column, if any.
    var autoColumn: Column? { columns.first(where: \.isAuto) }

    init(_ declaration: StructDeclSyntax, attribute: AttributeSyntax) {
        var diagnostics: [Diagnostic] = []
        typeName = declaration.name.text
        tableName = Self.tableName(in: attribute, diagnostics: &diagnostics) ?? typeName
        accessPrefix = Self.accessPrefix(of: declaration.modifiers)

        let members = declaration.memberBlock.members
        var columns: [Column] = []
        var relations: [Relation] = []
        for property in StoredProperty.collect(from: members, diagnostics: &diagnostics) {
            if let match = RelationWrapper.match(property.type) {
                relations.append(Self.relation(property, match.wrapper, match.target, diagnostics: &diagnostics))
            } else {
                columns.append(Self.column(property, diagnostics: &diagnostics))
            }
        }
        Self.checkColumnsAreDistinct(columns, diagnostics: &diagnostics)
        Self.checkSingleAuto(columns, diagnostics: &diagnostics)

        // Without a declared key, a property named `id` is the key; without that either, values
        // could not be written by key, which is diagnosed.
        let hasDeclaredKey = columns.contains(where: \.isKey)
        if !hasDeclaredKey, let id = columns.firstIndex(where: { $0.property.name == "id" }) {
            columns[id].isKey = true
        }
        if !columns.contains(where: \.isKey) {
            diagnostics.append(Diagnostic(node: declaration.name, message: ModelDiagnostic.missingKey(type: typeName)))
        }
        uniqueGroups = Self.uniqueGroups(in: attribute, columns: columns, typeName: typeName, diagnostics: &diagnostics)
        labelColumn = Self.labelColumn(in: attribute, columns: columns, typeName: typeName, diagnostics: &diagnostics)

        self.columns = columns
        self.relations = relations
        declaredInitializerLabels = members.compactMap { member in
            member.decl.as(InitializerDeclSyntax.self)?.signature.parameterClause.parameters.map { parameter in
                parameter.firstName.identifier?.name ?? parameter.firstName.text
            }
        }
        declaresCodingKeys = members.contains { member in
            let decl = member.decl
            let name =
                decl.as(EnumDeclSyntax.self)?.name.text ?? decl.as(StructDeclSyntax.self)?.name.text
                ?? decl.as(TypeAliasDeclSyntax.self)?.name.text
            return name == "CodingKeys"
        }
        self.diagnostics = diagnostics
    }

    /// The `@Model(name:)` string, or nil when the argument is absent or `nil`.
    private static func tableName(in attribute: AttributeSyntax, diagnostics: inout [Diagnostic]) -> String? {
        guard
            let argument = attribute.arguments?.as(LabeledExprListSyntax.self)?.first(where: {
                $0.label?.text == "name"
            }),
            !argument.expression.is(NilLiteralExprSyntax.self)
        else { return nil }
        guard let name = argument.expression.as(StringLiteralExprSyntax.self)?.representedLiteralValue else {
            diagnostics.append(Diagnostic(node: argument.expression, message: ModelDiagnostic.tableNameNotALiteral))
            return nil
        }
        return name
    }

    /// The column names of each group of `@Model(unique: [["title", "authorID"]])`; every name must
    /// be a stored column's property.
    private static func uniqueGroups(
        in attribute: AttributeSyntax, columns: [Column], typeName: String, diagnostics: inout [Diagnostic]
    ) -> [[String]] {
        guard
            let argument = attribute.arguments?.as(LabeledExprListSyntax.self)?.first(where: {
                $0.label?.text == "unique"
            })
        else { return [] }
        guard let groups = argument.expression.as(ArrayExprSyntax.self) else {
            diagnostics.append(Diagnostic(node: argument.expression, message: ModelDiagnostic.uniqueNotLiterals))
            return []
        }
        var result: [[String]] = []
        for group in groups.elements {
            guard let names = group.expression.as(ArrayExprSyntax.self) else {
                diagnostics.append(Diagnostic(node: group.expression, message: ModelDiagnostic.uniqueNotLiterals))
                continue
            }
            var columnNames: [String] = []
            for element in names.elements {
                guard let name = element.expression.as(StringLiteralExprSyntax.self)?.representedLiteralValue else {
                    diagnostics.append(Diagnostic(node: element.expression, message: ModelDiagnostic.uniqueNotLiterals))
                    continue
                }
                guard let column = columns.first(where: { $0.property.name == name }) else {
                    diagnostics.append(
                        Diagnostic(
                            node: element.expression,
                            message: ModelDiagnostic.uniqueUnknownField(name: name, type: typeName)))
                    continue
                }
                columnNames.append(column.column)
            }
            result.append(columnNames)
        }
        return result
    }

    private static func accessPrefix(of modifiers: DeclModifierListSyntax) -> String {
        for modifier in modifiers {
            switch modifier.name.tokenKind {
            case .keyword(.public): return "public "
            case .keyword(.package): return "package "
            default: continue
            }
        }
        return ""
    }

    private static func column(_ property: StoredProperty, diagnostics: inout [Diagnostic]) -> Column {
        let markers = property.markers
        if let associateUsing = markers.associateUsing {
            diagnostics.append(
                Diagnostic(
                    node: associateUsing, message: ModelDiagnostic.associateUsingNotToMany(property: property.name)))
        }
        if let via = markers.via {
            diagnostics.append(Diagnostic(node: via, message: ModelDiagnostic.viaOnColumn(property: property.name)))
        }
        if markers.auto != nil, property.isLet {
            diagnostics.append(
                Diagnostic(node: property.pattern, message: ModelDiagnostic.mustBeVariable(property: property.name)))
        }
        var column = property.name
        if let storeAs = markers.storeAs {
            if let literal = storeAs.firstArgument?.as(StringLiteralExprSyntax.self)?.representedLiteralValue {
                column = literal
            } else {
                let node = storeAs.firstArgument.map(Syntax.init) ?? Syntax(storeAs)
                diagnostics.append(Diagnostic(node: node, message: ModelDiagnostic.columnNameNotALiteral))
            }
        }
        return Column(
            property: property, column: column, isKey: markers.key != nil || markers.auto != nil,
            isAuto: markers.auto != nil, isUnique: markers.unique != nil, isIndexed: markers.indexed != nil,
            reference: markers.referenceTo?.firstArgument?.trimmed)
    }

    private static func relation(
        _ property: StoredProperty, _ wrapper: RelationWrapper, _ target: TypeSyntax, diagnostics: inout [Diagnostic]
    ) -> Relation {
        let markers = property.markers
        for (marker, attribute) in markers.columnOnly {
            diagnostics.append(
                Diagnostic(
                    node: attribute,
                    message: ModelDiagnostic.columnMarkerOnRelation(marker: marker, property: property.name)))
        }
        if property.isLet {
            diagnostics.append(
                Diagnostic(node: property.pattern, message: ModelDiagnostic.mustBeVariable(property: property.name)))
        }
        var through: ExprSyntax?
        if let associateUsing = markers.associateUsing {
            if wrapper == .everyRelated {
                through = associateUsing.firstArgument?.trimmed
            } else {
                diagnostics.append(
                    Diagnostic(
                        node: associateUsing, message: ModelDiagnostic.associateUsingNotToMany(property: property.name))
                )
            }
        }
        let kind: Relation.Kind =
            switch wrapper {
            case .theRelated: .toOne
            case .everyRelated: through == nil ? .toMany : .manyToMany
            }
        return Relation(
            property: property, wrapper: wrapper, target: target, kind: kind, through: through,
            via: markers.via?.firstArgument.map(Self.descriptor(ofKeyPath:)))
    }

    /// The field descriptor a key path names: `Comment.postID` for `\Comment.postID`.
    private static func descriptor(ofKeyPath expression: ExprSyntax) -> String {
        let text = expression.trimmedDescription
        return text.hasPrefix("\\") ? String(text.dropFirst()) : text
    }

    /// Reports every column whose name another column already has. SQLite compares column names
    /// without regard to case, and so does this check.
    private static func checkColumnsAreDistinct(_ columns: [Column], diagnostics: inout [Diagnostic]) {
        var owners: [String: String] = [:]
        for column in columns {
            let key = column.column.lowercased()
            guard let existing = owners[key] else {
                owners[key] = column.property.name
                continue
            }
            let node = column.property.markers.storeAs.map(Syntax.init) ?? Syntax(column.property.pattern)
            diagnostics.append(
                Diagnostic(
                    node: node,
                    message: ModelDiagnostic.columnCollision(
                        column: column.column, property: column.property.name, existing: existing)))
        }
    }

    /// Reports every `@Auto` after the first: the database assigns one key per row.
    private static func checkSingleAuto(_ columns: [Column], diagnostics: inout [Diagnostic]) {
        let autos = columns.compactMap { column in
            column.property.markers.auto.map { (name: column.property.name, attribute: $0) }
        }
        guard let first = autos.first else { return }
        for later in autos.dropFirst() {
            diagnostics.append(
                Diagnostic(node: later.attribute, message: ModelDiagnostic.multipleAuto(existing: first.name)))
        }
    }
}
