import Ommi
import TerminalUI

extension AppState {
    /// `a`: opens the picker of rows not yet attached to the pane's record.
    mutating func startAttach() -> [Effect] {
        guard let (id, pane, _) = editablePane() else { return [] }
        guard let scope = pane.scope else { return [] }
        return query(Picker(paneID: id, target: pane.schema, offered: .not(scope)))
    }

    /// `d`: asks whether to detach the row under the cursor.
    mutating func startDetach() -> [Effect] {
        guard let (id, pane, context) = editablePane() else { return [] }
        guard let row = pane.currentRow else {
            status = .info("no row to detach")
            return []
        }
        guard let links = links(context, target: row) else { return [] }
        let target = RowName.quoted(pane.schema, row)
        let owner = RowName.owner(context.owner, context.ownerRow)
        modal = Confirmation(
            question: "Detach \(target) from \(owner)? (y/n)", paneID: id,
            write: RowWrite(
                change: .delete(links.through, match: links.values), description: "detached \(target) from \(owner)"),
            doing: "detaching…", declined: "nothing was detached")
        return []
    }

    /// The top pane when it is a many-to-many pane that may be written to; otherwise says why not.
    private mutating func editablePane() -> (PaneID, RowsPane, RelationContext)? {
        guard let pane = current, let rows = pane.rows, let context = rows.relation, context.kind == .manyToMany else {
            status = .info("a and d attach and detach in many-to-many panes (⇄ in a record)")
            return nil
        }
        if let reason = readOnlyReason {
            status = .error(reason)
            return nil
        }
        if let through = association(of: context), through.isReadOnly {
            status = .error("\(through.name) is a view: nothing is written")
            return nil
        }
        return (pane.id, rows, context)
    }

    func association(of context: RelationContext) -> ModelSchema? {
        resolved(context)?.through?.schema
    }

    private func resolved(_ context: RelationContext) -> ResolvedRelation? {
        guard let relation = context.owner.relation(named: context.name) else { return nil }
        return try? ResolvedRelation.resolve(relation, of: context.owner, in: catalog)
    }

    /// The association model of the pane's relation and the values its row takes to link the
    /// pane's record to `target`.
    private func links(_ context: RelationContext, target: DynamicRow) -> (
        through: ModelSchema, values: [String: DatabaseValue]
    )? {
        guard let relation = resolved(context), let through = relation.through else { return nil }
        let ownerValues = relation.ownerColumns.map { context.ownerRow.value(ofColumn: $0, in: context.owner) ?? .null }
        let targetValues = relation.targetColumns.map { target.value(ofColumn: $0, in: relation.target) ?? .null }
        var values: [String: DatabaseValue] = [:]
        for (column, value) in zip(through.ownerSide + through.targetSide, ownerValues + targetValues) {
            values[column] = value
        }
        return (through.schema, values)
    }

    /// Attaches `target`, first asking for association values that have no default.
    mutating func choose(_ target: DynamicRow, for id: PaneID) -> [Effect] {
        guard let pane = panes.first(where: { $0.id == id })?.rows, let context = pane.relation,
            let through = association(of: context)
        else { return [] }
        let needed = PayloadFields.needed(through, linking: context, catalog: catalog)
        if !needed.isEmpty {
            modal = RowForm(paneID: id, purpose: .attach(target), fields: needed)
            return []
        }
        return attach(target, in: id, payload: [:])
    }

    mutating func attach(_ target: DynamicRow, in id: PaneID, payload: [String: DatabaseValue]) -> [Effect] {
        guard let pane = panes.first(where: { $0.id == id })?.rows, let context = pane.relation,
            let links = links(context, target: target)
        else { return [] }
        let description =
            "attached \(RowName.quoted(pane.schema, target)) to \(RowName.owner(context.owner, context.ownerRow))"
        status = .info("attaching…")
        let values = payload.merging(links.values) { $1 }
        let write = RowWrite(
            change: .insert(links.through, values: values), description: description, shows: target,
            duplicate: "already attached")
        return [.write(id, write)]
    }
}

/// The association columns an attach must be given: not part of the link, NOT NULL, without a
/// default, and not a key the database assigns.
enum PayloadFields {
    static func needed(_ through: ModelSchema, linking context: RelationContext, catalog: SchemaCatalog)
        -> [FieldSchema]
    {
        guard let relation = context.owner.relation(named: context.name),
            let resolved = try? ResolvedRelation.resolve(relation, of: context.owner, in: catalog),
            let sides = resolved.through
        else { return [] }
        let linked = Set(sides.ownerSide + sides.targetSide)
        let assignedKey = through.keyFields.count == 1 && through.keyFields[0].isAuto
        return through.fields.filter { field in
            !linked.contains(field.column) && !field.isNullable && field.defaultSQL == nil
                && !(field.isKey && assignedKey)
        }
    }
}

/// How rows are named in questions and messages: `'guide'`, `post #1`.
enum RowName {
    static func quoted(_ schema: ModelSchema, _ row: DynamicRow) -> String {
        if let label = LabelColumn.label(schema, row) { return "'" + label.prefix(40) + "'" }
        return schema.name + " #" + key(schema, row)
    }

    static func owner(_ schema: ModelSchema, _ row: DynamicRow) -> String {
        schema.name.lowercased() + " #" + key(schema, row)
    }

    static func key(_ schema: ModelSchema, _ row: DynamicRow) -> String {
        schema.keyColumns.map { ValueText.plain(row.value(ofColumn: $0, in: schema) ?? .null) }.joined(separator: ",")
    }
}
