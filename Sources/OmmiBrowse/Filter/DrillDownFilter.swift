import Ommi

/// A drill-down turned into a filter: the rows of `Artist › #110 Nirvana › albums › #164
/// Nevermind › tracks` are the tracks with `album.artist.ArtistId = 110 and album.AlbumId = 164`,
/// a filter on every track that can then be edited and widened.
///
/// Each record of the path becomes a condition on its key, reached from the target model
/// through the relations that lead back to it; the filter of the pane on top joins them.
enum DrillDownFilter {
    /// The filter on the model of the rows pane on top of `panes` that selects its rows, or an
    /// error that says why there is none.
    static func condition(for panes: [Pane], catalog: SchemaCatalog) -> Result<Condition, DrillDownError> {
        guard let top = panes.last?.rows else { return .failure(DrillDownError("open the rows of a relation first")) }
        guard top.relation != nil else {
            return .failure(
                DrillDownError("these are all the rows of \(top.schema.name): no path to turn into a filter"))
        }
        var terms: [Condition] = []
        var hops: [RelatedRows] = []
        var model = top.schema
        var index = panes.count - 1
        while index >= 0, let pane = panes[index].rows, let context = pane.relation {
            guard let back = inverse(of: context, from: model, catalog: catalog) else {
                return .failure(DrillDownError("\(model.name) has no relation back to \(context.owner.name)"))
            }
            hops.append(back)
            let keys = context.owner.keyColumns.map { column in
                Condition.compare(
                    .column(ColumnRef(table: context.owner.tableName, column: column)), .equal,
                    .value(context.ownerRow.value(ofColumn: column, in: context.owner) ?? .null))
            }
            let key = keys.count == 1 ? keys[0] : Condition.and(keys)
            terms.insert(hops.reversed().reduce(key) { inner, hop in .exists(hop, inner) }, at: 0)
            model = context.owner
            // The rows the record was opened from: the pane under the record pane.
            index -= 2
        }
        if let filter = top.filter { terms.append(filter) }
        return .success(terms.count == 1 ? terms[0] : .and(terms))
    }

    /// The relation of `model` that leads back to the owner of `context` over the same columns.
    private static func inverse(of context: RelationContext, from model: ModelSchema, catalog: SchemaCatalog)
        -> RelatedRows?
    {
        guard let declared = context.owner.relation(named: context.name),
            let forward = try? ResolvedRelation.resolve(declared, of: context.owner, in: catalog)
        else { return nil }
        for relation in model.relations {
            guard let back = try? ResolvedRelation.resolve(relation, of: model, in: catalog),
                back.target.tableName == context.owner.tableName,
                back.ownerColumns == forward.targetColumns, back.targetColumns == forward.ownerColumns,
                back.through?.schema.tableName == forward.through?.schema.tableName,
                back.through?.ownerSide == forward.through?.targetSide
            else { continue }
            return back.relatedRows
        }
        return nil
    }
}

/// Why a drill-down cannot be turned into a filter.
struct DrillDownError: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}

extension AppState {
    /// `b`: opens all the rows of the relation pane's model, filtered by the drill-down that led
    /// to them, with the filter in the prompt to edit; the stack it replaces is behind Esc.
    mutating func openPathFilter() -> [Effect] {
        let condition: Condition
        switch DrillDownFilter.condition(for: panes, catalog: catalog) {
        case .success(let found): condition = found
        case .failure(let error):
            status = .info(error.message)
            return []
        }
        guard let schema = current?.rows?.schema else { return [] }
        var pane = RowsPane(schema: schema)
        pane.filter = condition
        pane.filterText = FilterFormatter.text(condition)
        previousPanes = panes
        panes = []
        let id = push(pane, title: schema.name)
        modal = Prompt(purpose: .filter, text: pane.filterText ?? "")
        status = .info("the path as a filter on every \(schema.name): edit it, Enter applies")
        return reloadRows(id, anchor: nil, recount: true)
    }
}
