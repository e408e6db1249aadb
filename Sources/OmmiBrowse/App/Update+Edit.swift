import Ommi

extension AppState {
    /// `e`: edits the cell under the cursor of a rows pane, or the field on the cursor's line of
    /// a record: a reference through the picker of the rows it may point at, any other value in
    /// the editor.
    mutating func startEdit() -> [Effect] {
        guard let cell = cellOnCursor() else { return [] }
        if let reason = writeRefusal(cell.schema) {
            status = .error(reason)
            return []
        }
        if cell.field.isKey && cell.field.isAuto {
            status = .error("\(cell.field.name) is assigned by the database: not editable")
            return []
        }
        if let reference = referenceTarget(of: cell.field.column, in: cell.schema) {
            return query(
                Picker(
                    paneID: cell.paneID, target: reference.target, offered: nil,
                    purpose: .reference(cell, column: reference.column)))
        }
        if cell.field.type == .blob {
            status = .error("\(cell.field.name) holds bytes, which cannot be typed")
            return []
        }
        if ShownRows.mayBeCut(cell.value) { return readWhole(cell, for: .edit) }
        modal = CellEditor(cell)
        return []
    }

    /// The model a column of `schema` refers to and the column of it that the value names, when
    /// the column is the whole of a to-one reference: such a value is chosen with the picker.
    func referenceTarget(of column: String, in schema: ModelSchema) -> (target: ModelSchema, column: String)? {
        let references = schema.relations.filter { $0.kind == .toOne }.compactMap {
            try? ResolvedRelation.resolve($0, of: schema, in: catalog)
        }
        guard let reference = references.first(where: { $0.ownerColumns == [column] }),
            let targetColumn = reference.targetColumns.first
        else { return nil }
        return (reference.target, targetColumn)
    }

    /// The cell the cursor is on: the cursor column of a rows pane, the field of a record.
    mutating func cellOnCursor() -> CellTarget? {
        guard let pane = current else { return nil }
        if let rows = pane.rows {
            guard let row = rows.currentRow, rows.columns.indices.contains(rows.firstColumn) else {
                status = .info("no row here")
                return nil
            }
            guard let field = rows.schema.fields.first(where: { $0.column == rows.columns[rows.firstColumn] }) else {
                status = .error("\(rows.columns[rows.firstColumn]) is assigned by the database: not editable")
                return nil
            }
            return CellTarget(paneID: pane.id, schema: rows.schema, row: row, field: field)
        }
        if let record = pane.record {
            guard record.schema.fields.indices.contains(record.cursor) else {
                status = .info("the cursor is on a relation: Enter opens it")
                return nil
            }
            return CellTarget(
                paneID: pane.id, schema: record.schema, row: record.row, field: record.schema.fields[record.cursor])
        }
        return nil
    }

    /// Why rows of `schema` may not be written, if so: a read-only browser, a view, or a table
    /// whose rows cannot be told apart.
    func writeRefusal(_ schema: ModelSchema) -> String? {
        if let reason = readOnlyReason { return reason }
        if schema.isReadOnly { return "\(schema.name) is a view: read-only" }
        if schema.keyColumns.isEmpty { return "\(schema.name) has no key to find one row by: read-only" }
        return nil
    }

    /// `o`: a form for a new row of the rows pane's model, every column but keys the database
    /// assigns; in a related-rows pane the reference to the owner is filled in.
    mutating func startInsert() -> [Effect] {
        guard let pane = current, let rows = pane.rows else {
            status = .info("o inserts a row in a rows pane")
            return []
        }
        if let reason = writeRefusal(rows.schema) {
            status = .error(reason)
            return []
        }
        let fields = rows.schema.fields.filter { !($0.isKey && $0.isAuto) }
        var form = RowForm(paneID: pane.id, purpose: .insert(rows.schema), fields: fields)
        for (column, value) in ownerReference(rows) {
            guard let index = fields.firstIndex(where: { $0.column == column }), let context = rows.relation else {
                continue
            }
            form.values[index] = TypedValue.editable(value)
            form.labels[index] = RowForm.referenceLabel(context.owner, context.ownerRow)
        }
        modal = form
        return []
    }

    /// In a to-many pane, the columns of the new row that refer to the owner, with the owner's values.
    private func ownerReference(_ rows: RowsPane) -> [String: DatabaseValue] {
        guard let context = rows.relation, context.kind == .toMany,
            let relation = context.owner.relation(named: context.name),
            let resolved = try? ResolvedRelation.resolve(relation, of: context.owner, in: catalog)
        else { return [:] }
        var values: [String: DatabaseValue] = [:]
        for (owner, target) in zip(resolved.ownerColumns, resolved.targetColumns) {
            values[target] = context.ownerRow.value(ofColumn: owner, in: context.owner) ?? .null
        }
        return values
    }

    /// Inserts the row a form gave.
    mutating func insert(_ values: [String: DatabaseValue], into schema: ModelSchema, for id: PaneID) -> [Effect] {
        status = .info("inserting…")
        return [
            .write(id, RowWrite(change: .insert(schema, values: values), description: "inserted a \(schema.name) row"))
        ]
    }

    /// `D`: reads what refers to the row under the cursor, then asks whether to delete it.
    mutating func startDelete() -> [Effect] {
        guard let pane = current, let rows = pane.rows else {
            status = .info("D deletes the row under the cursor of a rows pane")
            return []
        }
        if let reason = writeRefusal(rows.schema) {
            status = .error(reason)
            return []
        }
        guard let row = rows.currentRow else {
            status = .info("no row to delete")
            return []
        }
        var match: [String: DatabaseValue] = [:]
        for column in rows.schema.keyColumns { match[column] = row.value(ofColumn: column, in: rows.schema) ?? .null }
        let write = RowWrite(
            change: .delete(rows.schema, match: match), description: "deleted \(RowName.owner(rows.schema, row))")
        return countReferrers(of: row, in: pane.id, rows.schema, before: write)
    }

    /// Reads what refers to `row` before asking about `write`.
    mutating func countReferrers(of row: DynamicRow, in id: PaneID, _ schema: ModelSchema, before write: RowWrite)
        -> [Effect]
    {
        status = .info("reading what refers to it…")
        return [.countReferrers(id, schema, row, schema.relations.filter { $0.kind != .toOne }, then: write)]
    }

    /// What refers to the row a write changes is known: a delete is asked about, listing it per
    /// relation; a key change is asked about only when rows refer to the old key.
    mutating func ask(_ write: RowWrite, of row: DynamicRow, in id: PaneID, referrers: [String: RelationSummary])
        -> [Effect]
    {
        let schema = write.change.schema
        let name = schema.name.lowercased() + " " + RecordTitle.text(schema, row: row)
        if write.change.kind == .delete {
            let consequences = DeleteConsequence.all(of: schema, referrers: referrers, in: catalog)
            let refers =
                consequences.isEmpty ? "nothing refers to it" : consequences.map(\.text).joined(separator: "; ")
            var write = write
            let changed = consequences.filter(\.changesOtherRows)
            if !changed.isEmpty {
                write.undoRefusal =
                    "the database also changed "
                    + changed.map { "\(ValueText.grouped($0.count)) \($0.referring) rows (\($0.action?.sql ?? ""))" }
                    .joined(separator: ", ") + ", which re-inserting the row would not restore"
            }
            modal = Confirmation(
                question: "Delete \(name)? \(refers) (y/n)", paneID: id, write: write, doing: "deleting…",
                declined: "nothing was deleted")
            return []
        }
        let counts = referrers.sorted { $0.key < $1.key }.compactMap { relation, summary -> String? in
            guard case .count(let number) = summary, number > 0 else { return nil }
            return "\(relation) (\(ValueText.grouped(number)))"
        }
        let refers = "referred to by " + counts.joined(separator: ", ")
        guard !counts.isEmpty else {
            status = .info("saving…")
            return [.write(id, write)]
        }
        modal = Confirmation(
            question: "Change the key of \(name)? \(refers): they would lose it, or the database refuses (y/n)",
            paneID: id, write: write, doing: "saving…", declined: "nothing was changed")
        return []
    }
}
