import Ommi

/// The model a part of a filter is about, and the models its relations lead to: a filter names
/// columns of its model and reaches related models by relation name (`album.artist.Name`).
struct FilterScope: Sendable {
    let schema: ModelSchema
    let catalog: SchemaCatalog
    let columns: FilterColumns

    init(_ schema: ModelSchema, catalog: SchemaCatalog) {
        self.schema = schema
        self.catalog = catalog
        self.columns = FilterColumns(schema)
    }

    /// The relation called `name`, matched exactly or else in any case, with the scope of its
    /// target; an error lists what the model has when no relation is called so.
    func follow(_ name: String, at offset: Int) throws(FilterError) -> Hop {
        let similar = schema.relations.filter { $0.name.lowercased() == name.lowercased() }
        guard let found = schema.relation(named: name) ?? (similar.count == 1 ? similar.first : nil) else {
            throw FilterError(
                "\(FilterText.quoted(schema.name)) has no relation \(FilterText.quoted(name))", at: offset,
                hint: columns.listing(relations: schema.relations))
        }
        do {
            let resolved = try ResolvedRelation.resolve(found, of: schema, in: catalog)
            return Hop(
                rows: resolved.relatedRows, scope: FilterScope(resolved.target, catalog: catalog),
                isToOne: found.kind == .toOne)
        } catch {
            let reason = (error as? OmmiError)?.message ?? "\(error)"
            throw FilterError(
                "\(FilterText.quoted(found.name)) cannot be followed: \(FilterText.visible(reason, limit: 80))",
                at: offset)
        }
    }

    /// One relation a filter follows: the related rows, the scope of their model, and whether at
    /// most one row is related.
    struct Hop: Sendable {
        var rows: RelatedRows
        var scope: FilterScope
        var isToOne: Bool
    }

    /// The column `name` of this model, or an error listing the model's columns and relations.
    func resolve(_ name: String, at token: FilterToken) throws(FilterError) -> FilterColumns.Column {
        try columns.resolve(name, at: token, relations: schema.relations)
    }
}
